"""Documents: list, read (text and claims), post (extract and store), delete."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from api import schemas
from api.deps import DEFAULT, Cursor, Limit, State, get_settings, require_writer
from api.pagination import page
from api.problems import Problem
from api.settings import Settings
from graph.claims_json import claim_to_dict
from graph.documents import document_from_bytes, document_from_text
from graph.model import Document
from graph.queries import GraphView
from graph.store.base import DocumentInfo

router = APIRouter(tags=["documents"])


def info_dict(info: DocumentInfo) -> dict[str, Any]:
    return {"id": info.id, "name": info.name, "added": info.added.isoformat(), "claims": info.claims}


@router.get("/documents", response_model=None, summary="Stored documents",
            responses={200: {"model": schemas.page_of(schemas.DocumentInfo)}})
async def list_documents(request: Request, state: State, limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    return state.answer(request, lambda view: page([info_dict(d) for d in view.documents], limit, cursor))


@router.get("/documents/{document_id}", response_model=None, summary="A document's text and claims",
            responses={200: {"model": schemas.DocumentDetail}})
async def get_document(document_id: str, request: Request, state: State) -> Response:
    """The stored text (the offsets of its claims index into it) and its claims; by id or file name."""
    def compute(view: GraphView) -> dict[str, Any]:
        info = view.document_info(document_id)
        return {"document": info_dict(info), "text": state.store.document(info.id).text,
                "claims": [claim_to_dict(c) for c in view.document_claims(info.id)]}
    return state.answer(request, compute)


async def _read_body(request: Request, settings: Settings) -> Document:
    content_type = request.headers.get("content-type", "")
    declared = int(request.headers.get("content-length") or 0)
    if declared > settings.max_upload_bytes:
        raise Problem(413, "Too large", f"documents are limited to {settings.max_upload_bytes} bytes", kind="too-large")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise Problem(422, "Invalid request", "send the article as a form field named 'file'",
                          kind="invalid-request")
        data = await upload.read()
        name = str(form.get("name") or upload.filename or "upload.txt")
        return document_from_bytes(name, data)
    if content_type.startswith("application/json"):
        try:
            payload = schemas.DocumentIn.model_validate_json(await request.body())
        except ValueError as error:
            fields = [{"field": ".".join(map(str, e["loc"])), "message": e["msg"], "type": e["type"]}
                      for e in getattr(error, "errors", lambda: [])()]
            raise Problem(422, "Invalid request", "the body must be {\"name\": ..., \"text\": ...}",
                          kind="invalid-request", errors=fields) from None
        return document_from_text(payload.name, payload.text)
    raise Problem(415, "Unsupported media type",
                  "post application/json {\"name\", \"text\"} or multipart/form-data with a 'file'",
                  kind="unsupported-media-type")


@router.post("/documents", response_model=None, status_code=201, summary="Add a document",
             dependencies=[Depends(require_writer)],
             openapi_extra={"requestBody": {"content": {
                 "application/json": {"schema": schemas.DocumentIn.model_json_schema()},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"}, "name": {"type": "string"}}}}}}},
             responses={201: {"model": schemas.DocumentPosted}, 200: {"model": schemas.DocumentPosted}})
async def post_document(request: Request, state: State,
                        settings: Annotated[Settings, Depends(get_settings)]) -> Response:
    """Extract an article (JSON ``{"name", "text"}``, or an uploaded text, Markdown or HTML file) and store
    its claims; they are in ``/claims`` at once. The same text again changes nothing (200)."""
    document = await _read_body(request, settings)
    created = await run_in_threadpool(state.add, document)
    view = state.view
    info = view.document_info(document.id)
    body = {"document": info_dict(info), "created": created,
            "claims": [claim_to_dict(c) for c in view.document_claims(document.id)]}
    return Response(orjson.dumps(body), status_code=201 if created else 200, media_type="application/json",
                    headers={"Location": f"/documents/{document.id}"})


@router.delete("/documents/{document_id}", response_model=None, summary="Remove a document",
               dependencies=[Depends(require_writer)], responses={200: {"model": schemas.DocumentInfo}})
async def delete_document(document_id: str, state: State) -> Response:
    """Remove a document (by id or file name), its claims, and the entities no other document names."""
    info = await run_in_threadpool(state.remove, document_id)
    return Response(orjson.dumps(info_dict(info)), media_type="application/json")
