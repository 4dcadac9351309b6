"""Every error the API answers is an RFC 9457 ``application/problem+json`` document, built here.

Routes raise ``Problem`` (or let a ``DealgraphError`` from the library through); the handlers below turn
those, request validation errors, unknown routes and unexpected failures into the same shape:
``{"type", "title", "status", "detail", "instance", ...}``.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from graph import errors

MEDIA_TYPE = "application/problem+json"
BASE = "https://dealgraph.org/problems/"
log = logging.getLogger("dealgraph.api")

# What each library error means to an HTTP client.
STATUS_OF: list[tuple[type[Exception], int, str]] = [
    (errors.EntityNotFoundError, 404, "entity-not-found"),
    (errors.DocumentNotFoundError, 404, "document-not-found"),
    (errors.EmptyDocumentError, 422, "empty-document"),
    (errors.BinaryDocumentError, 415, "binary-document"),
    (errors.EncodingError, 415, "not-utf-8"),
    (errors.ReadOnlyQueryError, 400, "read-only"),
    (errors.QueryError, 400, "bad-query"),
    (errors.InvalidDataError, 422, "invalid-data"),
    (errors.ExtractorNotFoundError, 400, "unknown-extractor"),
    (errors.StoreError, 503, "store-unavailable"),
]


class Problem(Exception):
    """An error to answer as problem+json."""

    def __init__(self, status: int, title: str, detail: str, *, kind: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail
        self.kind = kind or title.lower().replace(" ", "-")
        self.headers = headers or {}
        self.extra = extra


def problem_response(request: Request, status: int, title: str, detail: str, kind: str,
                     headers: dict[str, str] | None = None, **extra: Any) -> Response:
    body = {"type": BASE + kind, "title": title, "status": status, "detail": detail,
            "instance": str(request.url.path), **extra}
    return Response(orjson.dumps(body), status_code=status, media_type=MEDIA_TYPE, headers=headers)


def install(app: FastAPI) -> None:
    """Register the one set of handlers that turns every error into problem+json."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> Response:
        return problem_response(request, exc.status, exc.title, exc.detail, exc.kind, exc.headers, **exc.extra)

    @app.exception_handler(errors.DealgraphError)
    async def _library(request: Request, exc: errors.DealgraphError) -> Response:
        for kind, status, name in STATUS_OF:
            if isinstance(exc, kind):
                return problem_response(request, status, name.replace("-", " ").capitalize(), str(exc), name)
        return problem_response(request, 400, "Bad request", str(exc), "bad-request")

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        fields = [{"field": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", ""),
                   "type": e.get("type", "")} for e in exc.errors()]
        detail = "; ".join(f"{f['field']}: {f['message']}" for f in fields)
        return problem_response(request, 422, "Invalid request", detail, "invalid-request", errors=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        title = {404: "Not found", 405: "Method not allowed", 406: "Not acceptable"}.get(exc.status_code, "HTTP error")
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no route {request.url.path}; see /docs for the API"
        return problem_response(request, exc.status_code, title, detail, title.lower().replace(" ", "-"),
                                dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return problem_response(request, 500, "Internal error",
                                "the server failed to answer; the error is logged", "internal-error")
