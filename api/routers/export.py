"""Export, health."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from starlette.responses import Response

from api import schemas
from api.deps import State
from graph.export import FORMATS, MEDIA_TYPES, export

router = APIRouter()


@router.get("/export", tags=["export"], response_model=None, summary="The whole graph in one format",
            responses={200: {"content": {MEDIA_TYPES[f]: {"schema": {"type": "string"}} for f in FORMATS}}})
async def export_graph(request: Request, state: State,
                       format: Literal[FORMATS] = "turtle") -> Response:  # type: ignore[valid-type]
    """RDF (Turtle, JSON-LD, N-Triples), GraphML (for networkx and Gephi) or CSV (one row per claim)."""
    return state.answer(request, lambda view: export(state.store, format), media_type=MEDIA_TYPES[format],
                        encode=lambda body: body)


@router.get("/health", tags=["health"], response_model=None, summary="Liveness and counts",
            responses={200: {"model": schemas.Health}})
async def health(request: Request, state: State) -> Response:
    return state.answer(request, lambda view: {
        "status": "ok", "version": view.version, "documents": len(view.documents), "claims": len(view.claims),
        "entities": len(view.entities), "deals": len(view.deals)})
