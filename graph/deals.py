"""Grouping claims into deals, and finding the figures about one deal that disagree.

A deal is the set of claims of one kind (investment, compute, chip supply…) between the same
parties, across documents. A cloud division deals on its parent's behalf, so "AWS provides
capacity to Anthropic" and "Amazon commits capacity to Anthropic" are the same compute deal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from graph.model import Claim, Deal, Entity, Figure
from graph.vocab import RELATIONS

_DIVISION_TYPES = frozenset({"CloudProvider", "CloudService"})


def deal_party(entity: Entity) -> str:
    """The entity that is party to a deal: a cloud division's parent, otherwise the entity itself."""
    if entity.parent and set(entity.types) <= _DIVISION_TYPES:
        return entity.parent
    return entity.id


def deal_of(claim: Claim) -> Deal | None:
    """The deal a claim is about, or None for relations that are not deals (uses_chip…)."""
    kind = RELATIONS[claim.relation].deal_kind
    if kind is None:
        return None
    parties = [deal_party(claim.subject)]
    if claim.object is not None:
        parties.append(deal_party(claim.object))
    return Deal(kind, tuple(parties))


def assign_deals(claims: Iterable[Claim]) -> tuple[list[Claim], list[Deal]]:
    """The claims with their deal ids set, and the deals they name."""
    deals: dict[str, Deal] = {}
    out = []
    for claim in claims:
        deal = deal_of(claim)
        if deal is not None:
            deals.setdefault(deal.id, deal)
            claim = replace(claim, deal=deal.id)
        out.append(claim)
    return out, list(deals.values())


@dataclass(frozen=True)
class Conflict:
    """Figures for one deal and relation that disagree; ``sides`` maps each figure to its claims."""

    deal: str
    relation: str
    subject: Entity
    object: Entity | None
    sides: tuple[tuple[Figure, tuple[Claim, ...]], ...]


def find_conflicts(claims: Iterable[Claim]) -> list[Conflict]:
    """Every deal and relation whose claims give more than one figure (amount or hedge differ).

    Figures are compared as the sources gave them, so "5 GW" and "up to 5 GW" disagree: one is firm,
    the other a ceiling. Figures in different units are different measures, not a disagreement.
    """
    groups: dict[tuple[str, str, str], dict[Figure, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.deal and claim.figure is not None:
            groups[(claim.deal, claim.relation, claim.figure.unit)][claim.figure].append(claim)
    conflicts = []
    for (deal, relation, _unit), by_figure in sorted(groups.items()):
        if len(by_figure) < 2:
            continue
        sides = tuple(sorted(((figure, tuple(cs)) for figure, cs in by_figure.items()),
                             key=lambda side: (side[0].amount, side[0].qualifier)))
        first = sides[0][1][0]
        conflicts.append(Conflict(deal, relation, first.subject, first.object, sides))
    return conflicts
