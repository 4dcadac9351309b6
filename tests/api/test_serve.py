"""`dealgraph serve` as a real uvicorn process on a free port, queried over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_builds_the_seed_graph_and_answers_over_http(tmp_path):
    port = _free_port()
    env = {**os.environ, "DEALGRAPH_API_KEY": "served-key"}
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--store", str(tmp_path / "store"), "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the server did not start within 60 s"
            time.sleep(0.2)
        assert httpx.get(f"{base}/health").json()["documents"] == 5  # built from seeds/ on first start
        dependencies = httpx.get(f"{base}/entities/anthropic/dependencies").json()
        assert dependencies["depends_on"]["clouds"][0]["counterparty"]["id"] == "amazon"
        posted = httpx.post(f"{base}/documents", headers={"Authorization": "Bearer served-key"},
                            json={"name": "n.txt", "text": "Nvidia will invest up to $100 billion in OpenAI."})
        assert posted.status_code == 201
        claims = httpx.get(f"{base}/claims", params={"subject": "nvidia", "relation": "invests_in"}).json()
        assert claims["items"][0]["value"]["qualifier"] == "up_to"
        problem = httpx.get(f"{base}/entities/nobody")
        assert problem.status_code == 404 and problem.headers["content-type"] == "application/problem+json"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
