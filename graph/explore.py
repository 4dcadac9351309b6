"""The deal graph for notebooks: questions answered as pandas DataFrames, pictures, rich HTML.

    >>> import graph
    >>> g = graph.build_graph(["seeds/"])            # or graph.open_graph(".dealgraph"), graph.connect(url)
    >>> g.dependencies("Anthropic")                  # a DataFrame, one row per source, quote included

Every method has the same name and answer as its REST endpoint (see ``graph.client.connect``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from graph import frames
from graph.claims_json import claim_to_dict
from graph.documents import document_from_text, read_documents
from graph.errors import DocumentError
from graph.extract import get_extractor
from graph.model import Claim, Entity
from graph.projection import to_networkx
from graph.queries import GraphView
from graph.store import GraphStore, open_store


class DealGraph:
    """A deal graph on a store (embedded on disk, in memory, or remote), asked in DataFrames."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._view: GraphView | None = None

    # ---- building ----------------------------------------------------------------------------
    @property
    def view(self) -> GraphView:
        if self._view is None:
            self._view = GraphView.build(self.store)
        return self._view

    def add(self, source: str | Path, name: str | None = None) -> list[Claim]:
        """Add an article (a file path, or a text with a ``name``); return its claims.

        Args:
            source: a path to a text, Markdown or HTML file, or the text itself.
            name: the document name to store a text under (default ``"text-<n>.txt"``).
        """
        if isinstance(source, Path) or (name is None and "\n" not in source and Path(source).is_file()):
            [document] = list(read_documents([source]))
            if isinstance(document, DocumentError):
                raise document
        else:
            document = document_from_text(name or f"text-{len(self.view.documents) + 1}.txt", str(source))
        claims = get_extractor().extract(document)
        self.store.add(document, claims)
        self._view = None
        return [c for c in self.view.claims if c.source.document == document.id]

    def remove(self, document: str) -> None:
        """Remove a document (file name or id) and its claims."""
        self.store.remove(document)
        self._view = None

    # ---- questions as DataFrames ---------------------------------------------------------------
    def claims(self, relation: str | None = None, subject: str | None = None, object: str | None = None,
               document: str | None = None, deal: str | None = None, min_amount: float | None = None,
               unit: str | None = None) -> Any:
        """Claims matching every filter, one row each, with the document and quote."""
        found = self.view.find_claims(relation, subject, object, document, deal, min_amount, unit)
        return frames.claims_frame(claim_to_dict(c) for c in found)

    def claim_list(self, **filters: Any) -> list[Claim]:
        """The matching claims as objects (they render as HTML in Jupyter, figure highlighted)."""
        return self.view.find_claims(**filters)

    def entities(self, type: str | None = None, q: str | None = None) -> Any:
        view = self.view
        return frames.entities_frame(view.entity_summary(e) for e in view.find_entities(type, q))

    def entity(self, reference: str) -> Entity:
        """An entity by id, name or alias (renders as HTML in Jupyter)."""
        return self.view.resolve(reference)

    def dependencies(self, organisation: str) -> Any:
        """What an organisation depends on and who depends on it: one row per source."""
        return frames.dependencies_frame(self.view.dependencies(organisation))

    def dependency_matrix(self, from_type: str = "AILab", to_type: str = "CloudProvider") -> Any:
        return frames.matrix_frame(self.view.dependency_matrix(from_type, to_type))

    def deals(self) -> Any:
        return frames.deals_frame(self.view.deals.values())

    def conflicts(self) -> Any:
        """Figures for one deal and relation that disagree, one row per source of each figure."""
        return frames.conflicts_frame(self.view.conflict_dicts())

    def paths(self, start: str, end: str, max_hops: int = 3) -> Any:
        return frames.paths_frame(self.view.paths(start, end, max_hops))

    def cycles(self, max_length: int = 4, through: str | None = None) -> Any:
        """Money-flow cycles, one row per figure source of each step."""
        return frames.cycles_frame(self.view.cycles(max_length, through))

    def sparql(self, query: str) -> Any:
        """A SPARQL SELECT over the whole graph, as a DataFrame of its bindings."""
        from graph.store.base import refuse_updates
        refuse_updates(query)
        return frames.sparql_frame(self.store.select(query))

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as a MultiDiGraph: typed nodes, one edge per claim with its figure and quote."""
        return to_networkx(self.view.claims)

    # ---- pictures ------------------------------------------------------------------------------
    def plot_network(self, **options: Any) -> Any:
        """The network as a matplotlib Figure (see ``graph.plots.plot_network``)."""
        from graph.plots import plot_network
        return plot_network(self.to_networkx(), **options)

    def network_html(self, path: str | Path = "network.html") -> Path:
        """An interactive HTML view of the network, written to ``path``."""
        from graph.plots import network_html
        return network_html(self.to_networkx(), path)

    def plot_commitments(self) -> Any:
        """A bar chart of committed spend and capacity per cloud."""
        from graph.deals import deal_party
        from graph.plots import plot_commitments
        entities = self.view.entities
        party_of = {e.id: entities[deal_party(e)].name if deal_party(e) in entities else e.name
                    for e in entities.values()}
        return plot_commitments(self.claims(), party_of)


def open_graph(location: str | Path = ".dealgraph") -> DealGraph:
    """The graph in an embedded store directory (or ``":memory:"``)."""
    return DealGraph(open_store(location))


def build_graph(sources: Iterable[str | Path]) -> DealGraph:
    """A graph in memory from files, directories and texts (a string with a line break, or no such file,
    is taken as a text)."""
    graph = DealGraph(open_store(":memory:"))
    for n, source in enumerate(sources, 1):
        if isinstance(source, Path) or Path(source).exists():
            for document in read_documents([source]):
                if isinstance(document, DocumentError):
                    raise document
                graph.store.add(document, get_extractor().extract(document))
        else:
            document = document_from_text(f"text-{n}.txt", source)
            graph.store.add(document, get_extractor().extract(document))
    return graph
