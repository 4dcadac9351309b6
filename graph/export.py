"""Exporting a stored graph: RDF (Turtle, JSON-LD, N-Triples), GraphML and CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

import networkx as nx

from graph.claims_json import claim_to_dict
from graph.errors import QueryError
from graph.model import Claim
from graph.projection import to_networkx
from graph.store.base import GraphStore

RDF_FORMATS = ("turtle", "jsonld", "nt")
FORMATS = (*RDF_FORMATS, "graphml", "csv")
MEDIA_TYPES = {"turtle": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
               "graphml": "application/graphml+xml", "csv": "text/csv"}
CSV_COLUMNS = ("id", "relation", "subject_id", "subject", "subject_type", "object_id", "object", "object_type",
               "amount", "unit", "qualifier", "date", "duration", "deal", "document", "start", "end", "quote",
               "extractor")


def export(store: GraphStore, format: str) -> bytes:
    """The whole stored graph in one of ``FORMATS``."""
    if format in RDF_FORMATS:
        return store.export(format)
    if format == "graphml":
        return graphml(store.claims())
    if format == "csv":
        return claims_csv(store.claims())
    raise QueryError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")


def graphml(claims: Sequence[Claim]) -> bytes:
    graph = to_networkx(claims)
    for _, data in graph.nodes(data=True):
        # GraphML holds scalars only: capital-spending claims become a count on their node.
        data["claims"] = len(data.get("claims", []))
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    return buffer.getvalue()


def claims_csv(claims: Sequence[Claim]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        d = claim_to_dict(claim)
        obj, value = d["object"] or {}, d["value"] or {}
        writer.writerow([
            d["id"], d["relation"], d["subject"]["id"], d["subject"]["name"], d["subject"]["type"],
            obj.get("id", ""), obj.get("name", ""), obj.get("type", ""), value.get("amount", ""),
            value.get("unit", ""), value.get("qualifier", ""), d["date"] or "", d["duration"] or "",
            d["deal"] or "", d["source"]["document"], d["source"]["start"], d["source"]["end"],
            d["source"]["quote"], d["extractor"]])
    return buffer.getvalue().encode("utf-8")
