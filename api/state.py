"""The service's state: the open store, the current view of the graph, and the answers cached for it.

Reads never touch the store: they are answered from the ``GraphView`` of the current version, and each
answer is serialised once per version and kept (MEASURED.md: pre-serialised JSON runs at 10x the rate of
FastAPI's generic encoding). A write (adding or removing a document) builds a new view and drops the cache.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import orjson
from fastapi import Request
from starlette.responses import Response

from graph.extract import get_extractor
from graph.model import Document
from graph.queries import GraphView
from graph.store import GraphStore


class GraphState:
    """One store, its current view, and the serialised answers for that view."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        # SPARQL runs on threads of its own: a query past its time limit cannot be stopped (the store has
        # no cancellation), so it may only ever hold these two, never the threads other requests need.
        self.sparql_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sparql")
        self.extractor = get_extractor()
        self._write_lock = threading.Lock()
        self._cache: dict[str, tuple[bytes, str]] = {}
        self.view = self._build()

    def _build(self) -> GraphView:
        documents = self.store.documents()
        version = hashlib.sha256("".join(sorted(d.id for d in documents)).encode()).hexdigest()[:16]
        return GraphView.from_claims(self.store.claims(), documents, version)

    @property
    def version(self) -> str:
        return self.view.version

    def add(self, document: Document) -> bool:
        """Extract and store a document; False if the same text was already stored."""
        with self._write_lock:
            added = self.store.add(document, self.extractor.extract(document))
            if added:
                self._refresh()
            return added

    def remove(self, reference: str) -> Any:
        with self._write_lock:
            info = self.store.remove(reference)
            self._refresh()
            return info

    def _refresh(self) -> None:
        view = self._build()
        self._cache = {}
        self.view = view  # one assignment: readers see the old view or the new one, never half of each

    def answer(self, request: Request, compute: Callable[[GraphView], Any], media_type: str = "application/json",
               encode: Callable[[Any], bytes] = orjson.dumps) -> Response:
        """The answer to a GET, computed once per graph version and served with an ETag."""
        view = self.view
        etag = f'"{view.version}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        key = cache_key(view.version, request.url.path, request.url.query)
        cached = self._cache.get(key)
        if cached is None:
            cached = (encode(compute(view)), media_type)
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[key] = cached
        return Response(cached[0], media_type=cached[1], headers={"ETag": etag, "Cache-Control": "no-cache"})

    def cached(self, path: str, query: str) -> tuple[bytes, str, str] | None:
        """A cached answer for this version: body, media type, ETag; None if it was never computed."""
        view = self.view
        hit = self._cache.get(cache_key(view.version, path, query))
        return (hit[0], hit[1], f'"{view.version}"') if hit else None


def cache_key(version: str, path: str, query: str) -> str:
    return f"{version} {path}?{query}"


class CachedAnswers:
    """ASGI middleware: a GET whose answer is already cached for the current graph version is answered
    here, before routing and parameter validation (which cost more than the answer itself). Everything
    else, including every first request, errors, streams and writes, goes through the application."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            state: GraphState | None = getattr(scope["app"].state, "graph", None)
            headers = dict(scope["headers"])
            if state is not None and b"ndjson" not in headers.get(b"accept", b""):
                hit = state.cached(scope["path"], scope["query_string"].decode("latin-1"))
                if hit is not None:
                    body, media_type, etag = hit
                    if headers.get(b"if-none-match") == etag.encode():
                        await send({"type": "http.response.start", "status": 304,
                                    "headers": [(b"etag", etag.encode())]})
                        await send({"type": "http.response.body", "body": b""})
                        return
                    await send({"type": "http.response.start", "status": 200, "headers": [
                        (b"content-type", media_type.encode()), (b"content-length", str(len(body)).encode()),
                        (b"etag", etag.encode()), (b"cache-control", b"no-cache")]})
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)
