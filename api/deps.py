"""What routes share: the graph state, the page parameters, and the writer's key check."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Query, Request

from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.problems import Problem
from api.settings import Settings
from api.state import GraphState


# Dependencies are ``async``: FastAPI runs a plain ``def`` dependency in a thread pool on every request,
# which cost two thirds of the throughput of the cached endpoints.
async def get_state(request: Request) -> GraphState:
    return request.app.state.graph  # type: ignore[no-any-return]


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


State = Annotated[GraphState, Depends(get_state)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Cursor = Annotated[str | None, Query(description="the next_cursor of the previous page")]
DEFAULT = DEFAULT_LIMIT


async def require_writer(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> None:
    """Writes need ``Authorization: Bearer <key>`` with the key the server was started with."""
    if not settings.api_key:
        raise Problem(403, "Writes disabled", "this server has no DEALGRAPH_API_KEY, so it accepts no writes",
                      kind="writes-disabled")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Problem(401, "Unauthorized", "send Authorization: Bearer <key> to write", kind="unauthorized",
                      headers={"WWW-Authenticate": 'Bearer realm="dealgraph"'})
    if not secrets.compare_digest(token, settings.api_key):
        raise Problem(401, "Unauthorized", "the bearer key is not this server's", kind="unauthorized",
                      headers={"WWW-Authenticate": 'Bearer realm="dealgraph", error="invalid_token"'})
