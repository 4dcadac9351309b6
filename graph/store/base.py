"""The store interface, and the reading of domain objects out of SPARQL results.

A store only has to run SPARQL SELECT/CONSTRUCT over the union of its graphs, add one document's
graph in a transaction, and drop a graph; everything else (claims, entities, documents, stats) is
read here with the same queries whatever the store is, embedded or remote.
"""

from __future__ import annotations

import abc
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from graph.deals import assign_deals
from graph.errors import DocumentNotFoundError, InvalidDataError, ReadOnlyQueryError
from graph.model import Claim, Document, Entity, Figure, Source
from graph.rdf import Triple, document_iri, graph_triples, local_id
from graph.vocab import ENTITY_TYPES, PREFIXES

Row = dict[str, Any]

_XSD = "http://www.w3.org/2001/XMLSchema#"
# Literal datatypes read back as Python numbers, whatever the store.
NUMERIC_TYPES = {_XSD + "integer": int, _XSD + "nonNegativeInteger": int, _XSD + "decimal": float,
                 _XSD + "double": float}

_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

_CLAIMS = _PROLOGUE + """
SELECT ?claim ?relation ?subject ?object ?amount ?unit ?qualifier ?date ?duration ?deal
       ?doc ?fileName ?start ?end ?quote ?extractor ?version WHERE {
  GRAPH ?doc {
    ?claim a dg:Claim ; dg:relation ?relation ; dg:subject ?subject ; dg:source ?src ;
           prov:wasGeneratedBy ?ext .
    ?ext rdfs:label ?extractor ; dg:version ?version .
    ?src oa:hasSelector ?pos , ?sel .
    ?pos oa:start ?start ; oa:end ?end .
    ?sel oa:exact ?quote .
    ?doc dg:fileName ?fileName .
    OPTIONAL { ?claim dg:object ?object }
    OPTIONAL { ?claim dg:figure ?fig . ?fig schema:value ?amount ; schema:unitText ?unit ; dg:qualifier ?qualifier }
    OPTIONAL { ?claim dg:date ?date }
    OPTIONAL { ?claim dg:duration ?duration }
    OPTIONAL { ?claim dg:deal ?deal }
    %FILTER%
  }
}"""

_ENTITIES = _PROLOGUE + """
SELECT DISTINCT ?entity ?name ?type ?alias ?parent WHERE {
  GRAPH ?g {
    ?entity a dg:Entity ; dg:name ?name ; a ?type .
    OPTIONAL { ?entity dg:alias ?alias }
    OPTIONAL { ?entity dg:parent ?parent }
  }
}"""

_DOCUMENTS = _PROLOGUE + """
SELECT ?doc ?fileName ?added (COUNT(?claim) AS ?claims) WHERE {
  GRAPH ?doc {
    ?doc a dg:Document ; dg:fileName ?fileName ; dg:added ?added .
    OPTIONAL { ?claim a dg:Claim }
  }
} GROUP BY ?doc ?fileName ?added ORDER BY ?fileName"""

_DOCUMENT_TEXT = _PROLOGUE + """
SELECT ?fileName ?text ?added WHERE { GRAPH <%s> { <%s> dg:fileName ?fileName ; dg:text ?text ; dg:added ?added } }"""

_COUNTS = _PROLOGUE + """
SELECT (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?claim) AS ?claims)
       (COUNT(DISTINCT ?entity) AS ?entities) (COUNT(DISTINCT ?deal) AS ?deals) WHERE {
  { GRAPH ?g { ?doc a dg:Document } } UNION { GRAPH ?g { ?claim a dg:Claim } }
  UNION { GRAPH ?g { ?entity a dg:Entity } } UNION { GRAPH ?g { ?deal a dg:Deal } }
}"""


_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*|#[^\n]*\n\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def refuse_updates(query: str) -> None:
    """Raise ReadOnlyQueryError for a SPARQL update: dealgraph's graph changes only through documents."""
    if _UPDATE.match(query):
        raise ReadOnlyQueryError(
            "SPARQL updates are refused: the graph changes only by adding or removing documents")


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document without its text: id, file name, when added, how many claims."""

    id: str
    name: str
    added: datetime
    claims: int


class GraphStore(abc.ABC):
    """A deal graph: one named graph per document, queried with SPARQL over their union."""

    # ---- what each store implements --------------------------------------------------------
    @abc.abstractmethod
    def select(self, query: str) -> list[Row]:
        """Run a SPARQL SELECT over the union of all graphs; values as Python str/int/float/None."""

    @abc.abstractmethod
    def construct(self, query: str, format: str) -> bytes:
        """Run a SPARQL CONSTRUCT over the union of all graphs, serialised as turtle, nt or jsonld."""

    @abc.abstractmethod
    def sparql(self, query: str, accept: str = "") -> tuple[bytes, str]:
        """Run a read-only SPARQL query over the union of all graphs; the results serialised in the first
        format of ``accept`` (an HTTP Accept header) that suits the query form, with its media type.

        Raises ReadOnlyQueryError for an update, QueryError for a malformed query or an unacceptable format.
        """

    @abc.abstractmethod
    def has_graph(self, document_id: str) -> bool:
        """Whether the document's graph is stored."""

    @abc.abstractmethod
    def _insert_graph(self, document_id: str, triples: Iterable[Triple]) -> None:
        """Write one document's graph in a single transaction."""

    @abc.abstractmethod
    def _drop_graph(self, document_id: str) -> None:
        """Remove one document's graph in a single transaction."""

    def close(self) -> None:  # noqa: B027 - a store with nothing to release need not override it
        """Release the store (files, connections)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing ---------------------------------------------------------------------------
    def add(self, document: Document, claims: Sequence[Claim]) -> bool:
        """Store a document and its claims in one transaction; False if the same text is stored.

        Every claim must come from this document, with a quote that is its text at the offsets.
        """
        for claim in claims:
            if claim.source.document != document.id:
                raise InvalidDataError(
                    f"claim {claim.id} is from document {claim.source.document}, not {document.id}; nothing was stored")
            # The one invariant a Source cannot hold alone: its quote is the document's text there.
            if document.text[claim.source.start:claim.source.end] != claim.source.quote:
                raise InvalidDataError(
                    f"claim {claim.id}: quote {claim.source.quote!r} is not the text of {document.name} at "
                    f"{claim.source.start}:{claim.source.end}; nothing was stored")
        if self.has_graph(document.id):
            return False
        claims, deals = assign_deals(claims)
        self._insert_graph(document.id, graph_triples(document, claims, deals))
        return True

    def remove(self, reference: str) -> DocumentInfo:
        """Remove a document (by id or file name) with its claims; entities no other document names go too."""
        info = self.document_info(reference)
        self._drop_graph(info.id)
        return info

    # ---- reading ---------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        """Every stored document, by file name."""
        return [DocumentInfo(local_id(r["doc"]), r["fileName"], datetime.fromisoformat(r["added"]), int(r["claims"]))
                for r in self.select(_DOCUMENTS)]

    def document_info(self, reference: str) -> DocumentInfo:
        """The stored document whose id or file name is ``reference``."""
        matches = [d for d in self.documents() if reference in (d.id, d.name)]
        if not matches:
            raise DocumentNotFoundError(
                f"no stored document has the id or file name {reference!r}; `dealgraph stats` lists them",
                path=reference)
        return matches[0]

    def document(self, reference: str) -> Document:
        """The stored document (with its text) whose id or file name is ``reference``."""
        info = self.document_info(reference)
        iri = document_iri(info.id)
        row = self.select(_DOCUMENT_TEXT % (iri, iri))[0]
        return Document(name=row["fileName"], text=row["text"], added=datetime.fromisoformat(row["added"]))

    def entities(self) -> dict[str, Entity]:
        """Every entity named by a stored claim, by id, merged across documents."""
        merged: dict[str, dict[str, Any]] = {}
        for row in self.select(_ENTITIES):
            entry = merged.setdefault(local_id(row["entity"]),
                                      {"name": row["name"], "types": set(), "aliases": set(), "parent": None})
            type_name = local_id(row["type"]).rsplit("#", 1)[-1]
            if type_name in ENTITY_TYPES:
                entry["types"].add(type_name)
            if row.get("alias"):
                entry["aliases"].add(row["alias"])
            if row.get("parent"):
                entry["parent"] = local_id(row["parent"])
        return {
            eid: Entity(eid, e["name"], tuple(sorted(e["types"], key=ENTITY_TYPES.index)),
                        tuple(sorted(e["aliases"])), e["parent"])
            for eid, e in merged.items()
        }

    def claims(self, document: str | None = None) -> list[Claim]:
        """The stored claims, in document and text order; ``document`` (id or name) narrows them."""
        where = ""
        if document is not None:
            where = f"FILTER (?doc = <{document_iri(self.document_info(document).id)}>)"
        entities = self.entities()
        claims = []
        for row in self.select(_CLAIMS.replace("%FILTER%", where)):
            figure = None
            if row.get("amount") is not None:
                figure = Figure(float(row["amount"]), row["unit"], local_id(row["qualifier"]).rsplit("#", 1)[-1])
            claims.append(Claim(
                relation=row["relation"].rsplit("#", 1)[-1],
                subject=entities[local_id(row["subject"])],
                object=entities[local_id(row["object"])] if row.get("object") else None,
                source=Source(local_id(row["doc"]), row["fileName"], int(row["start"]), int(row["end"]),
                              row["quote"]),
                extractor=f"{row['extractor']}/{row['version']}",
                figure=figure, date=row.get("date"), duration=row.get("duration"),
                deal=local_id(row["deal"]) if row.get("deal") else None,
            ))
        claims.sort(key=lambda c: (c.source.document_name, c.source.start, c.source.end, c.relation, c.id))
        return claims

    def stats(self) -> dict[str, int]:
        """How many documents, claims, entities and deals are stored."""
        row = self.select(_COUNTS)[0]
        return {k: int(row[k]) for k in ("documents", "claims", "entities", "deals")}

    def export(self, format: str) -> bytes:
        """The union of all graphs as ``turtle``, ``nt`` or ``jsonld``."""
        return self.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", format)
