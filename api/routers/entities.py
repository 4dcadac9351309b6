"""Entities, their relationships and their dependencies."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from api import examples, schemas
from api.deps import DEFAULT, Cursor, Limit, State
from api.pagination import page
from graph.vocab import ENTITY_TYPES, RELATIONS

router = APIRouter(tags=["entities"])
EntityType = Literal[ENTITY_TYPES]  # type: ignore[valid-type]
Relation = Literal[tuple(RELATIONS)]  # type: ignore[valid-type]


@router.get("/entities", response_model=None, summary="List entities",
            responses={200: {"model": schemas.page_of(schemas.Entity), "content": examples.content("entities")}})
async def list_entities(request: Request, state: State, type: EntityType | None = None,
                        q: Annotated[str | None, Query(description="part of a name or alias")] = None,
                        limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """Entities of a type or matching a name, most claimed first, with types, aliases, parent,
    subsidiaries and claim counts."""
    return state.answer(request, lambda view: page(
        [view.entity_summary(e) for e in view.find_entities(type, q)], limit, cursor))


@router.get("/entities/{entity_id}", response_model=None, summary="One entity (by id or any alias)",
            responses={200: {"model": schemas.Entity, "content": examples.content("entity")}})
async def get_entity(entity_id: str, request: Request, state: State) -> Response:
    return state.answer(request, lambda view: view.entity_summary(view.resolve(entity_id)))


@router.get("/entities/{entity_id}/relationships", response_model=None, summary="An entity's edges with their claims",
            responses={200: {"model": schemas.page_of(schemas.Relationship)}})
async def relationships(entity_id: str, request: Request, state: State,
                        relation: Relation | None = None,  # type: ignore[valid-type]
                        direction: Literal["out", "in", "both"] = "both",
                        limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """The edges of an entity, one per relation, direction and other party, each with its claims,
    figures (by hedge) and sources."""
    return state.answer(request, lambda view: page(view.relationships(entity_id, relation, direction), limit, cursor))


@router.get("/entities/{entity_id}/dependencies", response_model=None,
            summary="What an organisation depends on, and who depends on it",
            responses={200: {"model": schemas.Dependencies, "content": examples.content("dependencies")}})
async def dependencies(entity_id: str, request: Request, state: State) -> Response:
    """Clouds (spend committed, capacity provided, primary or not), chips and investors an organisation
    depends on, and its customers, investees and chip customers; each counterparty with its figures by
    hedge, how many sources say so, and the sources. A cloud division counts for its parent (AWS for Amazon)."""
    return state.answer(request, lambda view: view.dependencies(entity_id))


@router.get("/dependencies", response_model=None, tags=["dependencies"], summary="The dependency matrix as edges",
            responses={200: {"model": schemas.page_of(schemas.DependencyEdge)}})
async def dependency_matrix(request: Request, state: State, from_type: EntityType = "AILab",
                            to_type: EntityType = "CloudProvider", limit: Limit = DEFAULT,
                            cursor: Cursor = None) -> Response:
    """Every dependency edge from an entity of ``from_type`` to one of ``to_type`` (by default, which
    clouds each AI lab depends on), with figures and sources."""
    return state.answer(request, lambda view: page(view.dependency_matrix(from_type, to_type), limit, cursor))
