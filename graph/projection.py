"""The deal graph as a networkx MultiDiGraph: typed entity nodes, one edge per claim, labelled by
relation and carrying the claim id, the figure and the source."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.model import Claim


def to_networkx(claims: Iterable[Claim]) -> nx.MultiDiGraph:
    """A MultiDiGraph of the claims: nodes are entity ids with ``name``, ``type`` and ``types``;
    each claim with an object is an edge keyed by claim id with ``relation``, ``amount``, ``unit``,
    ``qualifier``, ``deal``, ``document`` and ``quote``. Claims without an object (capital spending)
    are kept on their subject node under ``claims``."""
    graph = nx.MultiDiGraph()
    for claim in claims:
        for entity in (claim.subject, claim.object):
            if entity is not None and entity.id not in graph:
                graph.add_node(entity.id, name=entity.name, type=entity.type, types=",".join(entity.types),
                               parent=entity.parent or "")
        figure = claim.figure
        attributes = {
            "relation": claim.relation, "claim": claim.id,
            "amount": figure.amount if figure else 0.0, "unit": figure.unit if figure else "",
            "qualifier": figure.qualifier if figure else "", "deal": claim.deal or "",
            "document": claim.source.document_name, "quote": claim.source.quote,
        }
        if claim.object is None:
            graph.nodes[claim.subject.id].setdefault("claims", []).append(attributes)
        else:
            graph.add_edge(claim.subject.id, claim.object.id, key=claim.id, **attributes)
    return graph
