"""Deals and the figures about them that disagree."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from api import examples, schemas
from api.deps import DEFAULT, Cursor, Limit, State
from api.pagination import page
from api.problems import Problem

router = APIRouter(tags=["deals"])


@router.get("/deals", response_model=None, summary="Deals",
            responses={200: {"model": schemas.page_of(schemas.Deal)}})
async def list_deals(request: Request, state: State, limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """Deals (the claims about one agreement between the same parties), with parties, kind, date and
    figures with their sources; the most documented first."""
    return state.answer(request, lambda view: page(list(view.deals.values()), limit, cursor))


@router.get("/deals/{deal_id}", response_model=None, summary="One deal",
            responses={200: {"model": schemas.Deal, "content": examples.content("deal")}})
async def get_deal(deal_id: str, request: Request, state: State) -> Response:
    def compute(view):  # type: ignore[no-untyped-def]
        if deal_id not in view.deals:
            raise Problem(404, "Deal not found", f"no deal {deal_id!r}; GET /deals lists them", kind="deal-not-found")
        return view.deals[deal_id]
    return state.answer(request, compute)


@router.get("/conflicts", response_model=None, summary="Figures that disagree",
            responses={200: {"model": schemas.page_of(schemas.Conflict), "content": examples.content("conflicts")}})
async def conflicts(request: Request, state: State, limit: Limit = DEFAULT, cursor: Cursor = None) -> Response:
    """For each deal and relation whose sources give different figures (a different amount, or a firm
    figure against a ceiling), every figure with the sources that state it."""
    return state.answer(request, lambda view: page(view.conflict_dicts(), limit, cursor))
