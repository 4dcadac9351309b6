"""Claims, in the export contract; JSON pages, or JSON Lines streamed on request."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response, StreamingResponse

from api import examples, schemas
from api.deps import DEFAULT, Cursor, Limit, State
from api.pagination import page
from graph.claims_json import claim_to_dict, claims_to_jsonl
from graph.vocab import RELATIONS, UNITS

router = APIRouter(tags=["claims"])
NDJSON = "application/x-ndjson"


@router.get("/claims", response_model=None, summary="Claims, filtered",
            responses={200: {"model": schemas.page_of(schemas.Claim),
                             "content": examples.content("claims") | {NDJSON: {"schema": {"type": "string"}}}}})
async def list_claims(request: Request, state: State,
                      relation: Literal[tuple(RELATIONS)] | None = None,  # type: ignore[valid-type]
                      subject: Annotated[str | None, Query(description="entity id or alias")] = None,
                      object: Annotated[str | None, Query(description="entity id or alias")] = None,
                      document: Annotated[str | None, Query(description="document id or file name")] = None,
                      deal: str | None = None,
                      min_amount: Annotated[float | None, Query(ge=0)] = None,
                      unit: Literal[UNITS] | None = None,  # type: ignore[valid-type]
                      limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """Claims matching every filter, each with its source (document, offsets, exact quote). With
    ``Accept: application/x-ndjson`` every matching claim is streamed as JSON Lines (no pages)."""
    filters: dict[str, Any] = dict(relation=relation, subject=subject, object=object, document=document, deal=deal,
                                   min_amount=min_amount, unit=unit)
    if NDJSON in request.headers.get("accept", ""):
        found = state.view.find_claims(**filters)
        return StreamingResponse(claims_to_jsonl(found), media_type=NDJSON)
    return state.answer(request, lambda view: page(
        [claim_to_dict(c) for c in view.find_claims(**filters)], limit, cursor))
