"""The FastAPI application: ``create_app(settings)`` opens the store in its lifespan and mounts the routers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from api import problems
from api.routers import analysis, claims, deals, documents, entities, export, sparql
from api.settings import Settings
from api.state import CachedAnswers, GraphState
from graph.documents import read_documents
from graph.errors import DocumentError
from graph.extract import get_extractor
from graph.store import GraphStore, open_store

log = logging.getLogger("dealgraph.api")

DESCRIPTION = """A knowledge graph of AI-infrastructure deals in which every fact carries its source: the
document, the exact character span and the quote. Figures keep the hedge their source used, and figures
that disagree are reported side by side (`/conflicts`). Errors are `application/problem+json` (RFC 9457).
Writes need `Authorization: Bearer <DEALGRAPH_API_KEY>`."""


def seed_if_empty(store: GraphStore, seeds: Path) -> int:
    """Build the graph from the seed articles when the store holds no document; how many were added."""
    if store.documents() or not seeds.is_dir():
        return 0
    extractor, added = get_extractor(), 0
    for document in read_documents([seeds]):
        if isinstance(document, DocumentError):
            log.warning("%s", document)
            continue
        added += store.add(document, extractor.extract(document))
    log.info("built the graph from %d seed article(s) in %s", added, seeds)
    return added


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The dealgraph API over ``store`` (or the embedded store ``settings.store``, opened at start-up)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        opened = store or open_store(settings.store)
        seed_if_empty(opened, settings.seeds)
        app.state.graph = GraphState(opened)
        try:
            yield
        finally:
            app.state.graph.sparql_pool.shutdown(wait=False, cancel_futures=True)
            if store is None:
                opened.close()

    app = FastAPI(title="dealgraph", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    problems.install(app)
    if settings.answer_cache:
        app.add_middleware(CachedAnswers)
    for module in (entities, claims, deals, analysis, documents, sparql, export):
        app.include_router(module.router)
    return app
