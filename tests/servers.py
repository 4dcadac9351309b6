"""Real servers for the tests: a free loopback port, and `dealgraph serve` as its own process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            raise AssertionError(f"the server exited: {process.stderr.read().decode() if process.stderr else ''}")
        if time.monotonic() > deadline:
            raise AssertionError(f"the server did not answer at {url} within {seconds} s")
        time.sleep(0.2)


@contextmanager
def dealgraph_server(store: Path, api_key: str | None = None) -> Iterator[str]:
    """`dealgraph serve` on a free port over ``store``; yields its base URL, stops it with Ctrl-C."""
    port = free_port()
    env = {**os.environ, **({"DEALGRAPH_API_KEY": api_key} if api_key else {})}
    process = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/health", process)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
