"""The dealgraph app with a hello-world route added, served by uvicorn: the baseline and the real endpoints
on the same server, for bench/api_latency.py."""

from __future__ import annotations

import sys

import uvicorn
from starlette.responses import Response

from api.app import create_app
from api.settings import Settings


def main() -> None:
    store, port, front_cache = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "cache"
    app = create_app(Settings(store=store, answer_cache=front_cache))

    @app.get("/hello", include_in_schema=False)
    async def hello() -> Response:
        return Response(b'{"hello":"world"}', media_type="application/json")

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
