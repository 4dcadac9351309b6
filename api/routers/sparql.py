"""The SPARQL 1.1 Protocol, read-only, over the union of the documents' graphs."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from api.deps import State, get_settings
from api.problems import Problem
from api.settings import Settings
from graph.errors import QueryError

router = APIRouter(tags=["sparql"])
RESULTS: dict[str, dict[str, str]] = {
    "application/sparql-results+json": {}, "application/sparql-results+xml": {}, "text/csv": {},
           "text/tab-separated-values": {}, "text/turtle": {}, "application/n-triples": {}}


async def _run(query: str | None, request: Request, state: State, settings: Settings) -> Response:
    if not query:
        raise Problem(400, "Missing query", "pass the SPARQL query as ?query=, a form field, or an "
                      "application/sparql-query body", kind="missing-query")
    accept = request.headers.get("accept", "")
    try:
        loop = asyncio.get_running_loop()
        body, media = await asyncio.wait_for(loop.run_in_executor(state.sparql_pool, state.store.sparql, query, accept),
                                             timeout=settings.sparql_timeout)
    except TimeoutError:
        raise Problem(503, "Query timed out", f"the query ran longer than {settings.sparql_timeout:g} s; narrow it "
                      "(a LIMIT, a selective pattern)", kind="query-timeout", headers={"Retry-After": "5"}) from None
    except QueryError as error:
        if "cannot answer this query as" in str(error):
            raise Problem(406, "Not acceptable", str(error), kind="not-acceptable") from None
        raise
    return Response(body, media_type=media)


@router.get("/sparql", response_model=None, summary="SPARQL query (GET)",
            responses={200: {"content": RESULTS}})
async def sparql_get(request: Request, state: State, settings: Annotated[Settings, Depends(get_settings)],
                     query: Annotated[str | None, Query(description="a SPARQL 1.1 query")] = None) -> Response:
    """A read-only SPARQL 1.1 query over the whole graph (updates are refused with 400). Results by
    Accept: SPARQL JSON (default), XML, CSV or TSV; Turtle or N-Triples for CONSTRUCT and DESCRIBE."""
    return await _run(query, request, state, settings)


@router.post("/sparql", response_model=None, summary="SPARQL query (POST)", responses={200: {"content": RESULTS}},
             openapi_extra={"requestBody": {"content": {
                 "application/sparql-query": {"schema": {"type": "string"}},
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                     "query": {"type": "string"}}}}}}})
async def sparql_post(request: Request, state: State,
                      settings: Annotated[Settings, Depends(get_settings)]) -> Response:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/sparql-update"):
        raise Problem(400, "Read only", "SPARQL updates are refused: the graph changes only by adding or "
                      "removing documents", kind="read-only")
    if content_type.startswith("application/sparql-query"):
        query = (await request.body()).decode("utf-8", "replace")
    elif content_type.startswith("application/x-www-form-urlencoded"):
        form = await request.form()
        if form.get("update"):
            raise Problem(400, "Read only", "SPARQL updates are refused", kind="read-only")
        query = str(form.get("query") or "")
    else:
        raise Problem(415, "Unsupported media type", "post application/sparql-query or a form with query=",
                      kind="unsupported-media-type")
    return await _run(query, request, state, settings)
