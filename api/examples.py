"""OpenAPI examples, taken from the seed graph.

``api/examples.json`` holds real answers of the API on the graph built from ``seeds/``; regenerate it
with ``python -m api.examples`` after changing the extractor (a test checks it matches the seed graph).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.claims_json import claim_to_dict
from graph.queries import GraphView


@lru_cache(maxsize=1)
def _examples() -> dict[str, Any]:
    path = resources.files("api").joinpath("examples.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def content(name: str) -> dict[str, Any]:
    """The ``content`` of an OpenAPI response with the seed-graph example called ``name``, if there is one."""
    example = _examples().get(name)
    return {"application/json": {"example": example}} if example is not None else {}


def seed_examples(view: GraphView) -> dict[str, Any]:
    """The examples, computed from a view of the seed graph (kept short: first items only)."""
    anthropic = view.resolve("anthropic")
    dependencies = view.dependencies("anthropic")
    for parties in (*dependencies["depends_on"].values(), *dependencies["depended_on_by"].values()):
        for party in parties:
            party["claims"] = party["claims"][:2]
            for figure in party["figures"]:
                figure["sources"] = figure["sources"][:1]
    conflicts = view.conflict_dicts()
    investment = next(c for c in conflicts if c["relation"] == "invests_in")
    deal = view.deals[investment["deal"]]
    return {
        "entity": view.entity_summary(anthropic),
        "entities": {"items": [view.entity_summary(e) for e in view.find_entities("AILab")[:2]],
                     "total": len(view.find_entities("AILab")), "next_cursor": None},
        "dependencies": dependencies,
        "claims": {"items": [claim_to_dict(c) for c in view.find_claims(relation="invests_in", subject="amazon")[:2]],
                   "total": len(view.find_claims(relation="invests_in", subject="amazon")), "next_cursor": None},
        "conflicts": {"items": [investment], "total": len(conflicts), "next_cursor": None},
        "deal": deal,
        "cycles": {"items": view.cycles()[:1], "total": len(view.cycles()), "next_cursor": None},
    }


def main() -> None:  # pragma: no cover - a maintenance command
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from graph.documents import read_documents
    from graph.extract import get_extractor
    from graph.model import Document
    from graph.store import open_store

    with TemporaryDirectory() as tmp:
        store = open_store(tmp)
        extractor = get_extractor()
        for document in read_documents([Path("seeds")]):
            assert isinstance(document, Document)
            store.add(document, extractor.extract(document))
        examples = seed_examples(GraphView.build(store))
        store.close()
    Path(__file__).with_name("examples.json").write_text(json.dumps(examples, indent=1, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
