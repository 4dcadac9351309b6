"""pandas DataFrames from the graph's answers, one row per source so every row has its quote.

The builders take the same JSON-ready answers that ``GraphView`` computes and the REST API returns, so
the local graph (``DealGraph``) and the client of a running server (``connect``) give identical frames.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.errors import DealgraphError

CLAIM_COLUMNS = ["id", "relation", "subject", "subject_name", "subject_type", "object", "object_name", "object_type",
                 "amount", "unit", "qualifier", "date", "duration", "deal", "document", "start", "end", "quote"]


def pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the install
        raise DealgraphError("the notebook API needs pandas: pip install 'dealgraph[notebook]'") from None
    return pd


def claims_frame(claims: Iterable[dict[str, Any]]) -> Any:
    """One row per claim (export-contract dicts)."""
    rows = []
    for c in claims:
        obj, value, source = c.get("object") or {}, c.get("value") or {}, c["source"]
        rows.append({
            "id": c["id"], "relation": c["relation"], "subject": c["subject"]["id"],
            "subject_name": c["subject"]["name"], "subject_type": c["subject"]["type"],
            "object": obj.get("id"), "object_name": obj.get("name"), "object_type": obj.get("type"),
            "amount": value.get("amount"), "unit": value.get("unit"), "qualifier": value.get("qualifier"),
            "date": c.get("date"), "duration": c.get("duration"), "deal": c.get("deal"),
            "document": source["document"], "start": source["start"], "end": source["end"], "quote": source["quote"]})
    return pandas().DataFrame(rows, columns=CLAIM_COLUMNS)


def entities_frame(entities: Iterable[dict[str, Any]]) -> Any:
    rows = [{"id": e["id"], "name": e["name"], "type": e["type"], "types": ", ".join(e["types"]),
             "aliases": ", ".join(e["aliases"]), "parent": (e["parent"] or {}).get("id"), "claims": e["claims"],
             "documents": e["documents"]} for e in entities]
    return pandas().DataFrame(rows, columns=["id", "name", "type", "types", "aliases", "parent", "claims", "documents"])


def dependencies_frame(answer: dict[str, Any]) -> Any:
    """One row per source of each dependency: direction, kind, counterparty, relation, figure, quote."""
    rows = []
    for direction, groups in (("depends_on", answer["depends_on"]), ("depended_on_by", answer["depended_on_by"])):
        for kind, parties in groups.items():
            for party in parties:
                figured = {s["claim"]: f for f in party["figures"] for s in f["sources"]}
                for claim in party["claims"]:
                    figure = figured.get(claim["claim"], {})
                    rows.append({
                        "entity": answer["entity"]["id"], "direction": direction, "kind": kind,
                        "counterparty": party["counterparty"]["id"], "primary": party["primary"],
                        "relation": claim["relation"], "amount": figure.get("amount"), "unit": figure.get("unit"),
                        "qualifier": figure.get("qualifier"), "sources": party["sources"],
                        "document": claim["document"], "quote": claim["quote"]})
    return pandas().DataFrame(rows, columns=["entity", "direction", "kind", "counterparty", "primary", "relation",
                                             "amount", "unit", "qualifier", "sources", "document", "quote"])


def matrix_frame(edges: Iterable[dict[str, Any]]) -> Any:
    """One row per figure source of each dependency edge (an edge without figures: one row, no quote)."""
    rows = []
    for edge in edges:
        base = {"from": edge["from"]["id"], "to": edge["to"]["id"], "kind": edge["kind"],
                "relations": ", ".join(edge["relations"]), "primary": edge["primary"], "sources": edge["sources"]}
        figures = [(f, s) for f in edge["figures"] for s in f["sources"]]
        if not figures:
            rows.append(base | {"relation": None, "amount": None, "unit": None, "qualifier": None,
                                "document": None, "quote": None})
        for figure, source in figures:
            rows.append(base | {"relation": figure["relation"], "amount": figure["amount"], "unit": figure["unit"],
                                "qualifier": figure["qualifier"], "document": source["document"],
                                "quote": source["quote"]})
    return pandas().DataFrame(rows, columns=["from", "to", "kind", "relations", "primary", "sources", "relation",
                                             "amount", "unit", "qualifier", "document", "quote"])


def deals_frame(deals: Iterable[dict[str, Any]]) -> Any:
    rows = []
    for deal in deals:
        parties = ", ".join(p["id"] for p in deal["parties"])
        for figure in deal["figures"] or [None]:
            sources = figure["sources"] if figure else [None]
            for source in sources:
                rows.append({"deal": deal["id"], "kind": deal["kind"], "parties": parties, "date": deal["date"],
                             "relation": figure and figure["relation"], "amount": figure and figure["amount"],
                             "unit": figure and figure["unit"], "qualifier": figure and figure["qualifier"],
                             "document": source and source["document"], "quote": source and source["quote"]})
    return pandas().DataFrame(rows, columns=["deal", "kind", "parties", "date", "relation", "amount", "unit",
                                             "qualifier", "document", "quote"])


def conflicts_frame(conflicts: Iterable[dict[str, Any]]) -> Any:
    rows = [{"deal": c["deal"], "relation": c["relation"], "subject": c["subject"]["id"],
             "object": (c["object"] or {}).get("id"), "amount": f["amount"], "unit": f["unit"],
             "qualifier": f["qualifier"], "document": s["document"], "quote": s["quote"]}
            for c in conflicts for f in c["figures"] for s in f["sources"]]
    return pandas().DataFrame(rows, columns=["deal", "relation", "subject", "object", "amount", "unit", "qualifier",
                                             "document", "quote"])


def paths_frame(paths: Iterable[list[dict[str, Any]]]) -> Any:
    rows = [{"path": p, "step": i, "from": step["from"]["id"], "to": step["to"]["id"], "relation": c["relation"],
             "document": c["source"]["document"], "quote": c["source"]["quote"]}
            for p, path in enumerate(paths) for i, step in enumerate(path) for c in step["claims"]]
    return pandas().DataFrame(rows, columns=["path", "step", "from", "to", "relation", "document", "quote"])


def cycles_frame(cycles: Iterable[dict[str, Any]]) -> Any:
    rows = []
    for n, cycle in enumerate(cycles):
        for i, step in enumerate(cycle["steps"]):
            for figure in step["figures"] or [None]:
                for source in (figure["sources"] if figure else [None]):
                    rows.append({"cycle": n, "step": i, "from": step["from"]["id"], "to": step["to"]["id"],
                                 "relations": ", ".join(step["relations"]),
                                 "relation": figure and figure["relation"], "amount": figure and figure["amount"],
                                 "unit": figure and figure["unit"], "qualifier": figure and figure["qualifier"],
                                 "document": source and source["document"], "quote": source and source["quote"]})
    return pandas().DataFrame(rows, columns=["cycle", "step", "from", "to", "relations", "relation", "amount", "unit",
                                             "qualifier", "document", "quote"])


def sparql_frame(rows: list[dict[str, Any]]) -> Any:
    return pandas().DataFrame(rows)
