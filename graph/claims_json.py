"""Claims in the public export contract (shared/eval/README.md): one JSON object per claim."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from graph.model import Claim, Entity


def entity_ref(entity: Entity | None) -> dict[str, str] | None:
    if entity is None:
        return None
    return {"id": entity.id, "name": entity.name, "type": entity.type}


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """A claim as the export contract's JSON object."""
    value = None
    if claim.figure is not None:
        amount = claim.figure.amount
        value = {"amount": int(amount) if amount.is_integer() else amount, "unit": claim.figure.unit,
                 "qualifier": claim.figure.qualifier}
    return {
        "id": claim.id,
        "relation": claim.relation,
        "subject": entity_ref(claim.subject),
        "object": entity_ref(claim.object),
        "value": value,
        "date": claim.date,
        "duration": claim.duration,
        "deal": claim.deal,
        "extractor": claim.extractor,
        "source": {"document": claim.source.document_name, "document_id": claim.source.document,
                   "start": claim.source.start, "end": claim.source.end, "quote": claim.source.quote},
    }


def claims_to_jsonl(claims: Iterable[Claim]) -> Iterator[bytes]:
    """Each claim as one line of JSON Lines."""
    for claim in claims:
        yield orjson.dumps(claim_to_dict(claim)) + b"\n"
