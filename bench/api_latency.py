"""Requests per second and p50/p99 latency of the API against a hello-world route on the same server.

    python bench/api_latency.py [--seconds 10] [--connections 32]

Builds the seed graph in a temporary store, starts one uvicorn worker on a free loopback port, and loads
it with wrk (Debian package ``wrk``; bounded by --seconds) from a second process. Target: each endpoint at
least 50% of hello-world's requests per second, and p99 under 20 ms, at 32 connections.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = ["/hello", "/entities/anthropic/dependencies", "/claims", "/claims?relation=invests_in&subject=amazon",
             "/conflicts", "/health"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url: str, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": to_ms(latency["50"]), "p99": to_ms(latency["99"]),
            "errors": float(errors.group(1)) if errors else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 2
    print("\ncached answers served ahead of routing (the default configuration)")
    ok = run("cache", args.seconds, args.connections)
    print("\nfor information: every request through FastAPI's router (DEALGRAPH_ANSWER_CACHE=false)")
    run("routed", args.seconds, args.connections)
    print("\ntargets (default configuration):", "met" if ok else "NOT met")
    return 0 if ok else 1


def run(mode: str, seconds: int, connections: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        server = subprocess.Popen([sys.executable, str(ROOT / "bench" / "serve_for_bench.py"), f"{tmp}/store",
                                   str(port), mode], cwd=ROOT)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"{base}/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            for path in ENDPOINTS:  # warm the per-version answer cache
                urllib.request.urlopen(base + path, timeout=5).read()
            results = {path: wrk(base + path, seconds, connections) for path in ENDPOINTS}
        finally:
            server.terminate()
            server.wait(timeout=20)
    hello = results["/hello"]["rps"]
    print(f"{'endpoint':48s} {'req/s':>8s} {'of hello':>9s} {'p50 ms':>7s} {'p99 ms':>7s}")
    ok = True
    for path, r in results.items():
        share = r["rps"] / hello
        ok &= path == "/hello" or (share >= 0.5 and r["p99"] < 20 and r["errors"] == 0)
        print(f"{path:48s} {r['rps']:8.0f} {share:8.0%} {r['p50']:7.2f} {r['p99']:7.2f}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
