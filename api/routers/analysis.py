"""Connections: shortest paths between two entities, and money-flow cycles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from api import examples, schemas
from api.deps import DEFAULT, Cursor, Limit, State
from api.pagination import page

router = APIRouter(tags=["analysis"])


@router.get("/paths", response_model=None, summary="Shortest connections between two entities",
            responses={200: {"model": schemas.page_of(list[schemas.PathStep])}})  # type: ignore[arg-type]
async def paths(request: Request, state: State,
                from_: Annotated[str, Query(alias="from", description="entity id or alias")],
                to: Annotated[str, Query(description="entity id or alias")],
                max_hops: Annotated[int, Query(ge=1, le=6)] = 3,
                limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """The shortest paths (at most ``max_hops`` edges, any direction) with the claims on each edge."""
    return state.answer(request, lambda view: page(view.paths(from_, to, max_hops, limit=100), limit, cursor))


@router.get("/cycles", response_model=None, summary="Money-flow cycles",
            responses={200: {"model": schemas.page_of(schemas.Cycle), "content": examples.content("cycles")}})
async def cycles(request: Request, state: State,
                 max_length: Annotated[int, Query(ge=2, le=6)] = 4,
                 through: Annotated[str | None, Query(description="only cycles through this entity")] = None,
                 limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """Cycles in who pays whom (invests_in, commits_spend, and chip purchases): A invests in B and B
    spends on A's cloud. A cloud division counts for its parent; each step lists its figures."""
    return state.answer(request, lambda view: page(view.cycles(max_length, through), limit, cursor))
