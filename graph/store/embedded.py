"""The embedded store: Oxigraph (pyoxigraph) persisted in a directory on disk, or in memory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from graph.errors import QueryError, StoreError
from graph.rdf import Triple, document_iri
from graph.store.base import NUMERIC_TYPES, GraphStore, Row, refuse_updates
from graph.vocab import PREFIXES

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}



SOLUTION_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_RESULTS = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


def _negotiate(accept: str, offered: Mapping[str, object], default: str) -> str:
    """The first media type of an Accept header (by q, then order) that is offered; the default for */*."""
    wanted = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            wanted.append((-q, position, media.strip().lower()))
    if not wanted:
        return default
    for _, _, media in sorted(wanted):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    raise QueryError(f"cannot answer this query as {accept}; offered: {', '.join(offered)}")


def _term(value: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if value.datatype is not None:
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
    return ox.Literal(str(value))


def _value(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        convert = NUMERIC_TYPES.get(term.datatype.value)
        return convert(term.value) if convert else term.value
    return term.value  # type: ignore[attr-defined]


class EmbeddedStore(GraphStore):
    """Oxigraph in a directory (created if missing), or in memory when ``path`` is None.

    Only one process can open an on-disk store at a time; a second one gets a StoreError.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        try:
            if path is None:
                self._store = ox.Store()
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as error:
            raise StoreError(f"cannot open the store at {path}: {error}. Is another dealgraph using it?") from error

    def select(self, query: str) -> list[Row]:
        solutions = self._store.query(query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
        return [{name: _value(solution[name]) for name in names} for solution in solutions]  # type: ignore[union-attr]

    def construct(self, query: str, format: str) -> bytes:
        triples = self._store.query(query, use_default_graph_as_union=True)
        return ox.serialize(triples, format=FORMATS[format], prefixes=PREFIXES) or b""  # type: ignore[arg-type]

    def sparql(self, query: str, accept: str = "") -> tuple[bytes, str]:
        refuse_updates(query)
        try:
            result = self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL query: {error}") from None
        if isinstance(result, ox.QueryTriples):
            media = _negotiate(accept, GRAPH_RESULTS, "text/turtle")
            return result.serialize(format=GRAPH_RESULTS[media]) or b"", media
        media = _negotiate(accept, SOLUTION_RESULTS, "application/sparql-results+json")
        return result.serialize(format=SOLUTION_RESULTS[media]) or b"", media

    def has_graph(self, document_id: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(str(document_iri(document_id))))

    def _insert_graph(self, document_id: str, triples: Iterable[Triple]) -> None:
        graph = ox.NamedNode(str(document_iri(document_id)))
        quads = [ox.Quad(_term(s), _term(p), _term(o), graph) for s, p, o in triples]  # type: ignore[arg-type]
        self._store.extend(quads)  # one transaction: all of the document or nothing
        self._store.flush()

    def _drop_graph(self, document_id: str) -> None:
        self._store.remove_graph(ox.NamedNode(str(document_iri(document_id))))
        self._store.flush()

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store itself, for SPARQL the interface does not cover."""
        return self._store

    def close(self) -> None:
        # pyoxigraph releases the directory lock when the Store is garbage-collected.
        self._store.flush()
        del self._store
