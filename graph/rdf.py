"""Domain types ↔ RDF triples; the only place IRIs are minted.

A document's triples (its text, its claims, the entities and deals they name) go in the named graph
whose IRI is the document's own, so removing the graph removes exactly what the document said, and an
entity outlives it only while another document's graph still describes it. Each claim is a resource
(n-ary) and also asserts its direct edge ``subject --relation--> object``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from graph.model import Claim, Deal, Document, Entity
from graph.vocab import DG, ID, OA, SCHEMA

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def document_iri(document_id: str) -> URIRef:
    """The IRI of a document, which is also the IRI of its named graph."""
    return ID[f"doc/{document_id}"]


def entity_iri(entity_id: str) -> URIRef:
    return ID[f"entity/{entity_id}"]


def claim_iri(claim_id: str) -> URIRef:
    return ID[f"claim/{claim_id}"]


def deal_iri(deal_id: str) -> URIRef:
    return ID[f"deal/{deal_id}"]


def extractor_iri(extractor: str) -> URIRef:
    return ID[f"extractor/{extractor}"]


def relation_iri(relation: str) -> URIRef:
    return DG[relation]


def local_id(iri: str) -> str:
    """The last path segment of a minted IRI: the id it was minted from."""
    return iri.rsplit("/", 1)[-1]


def document_triples(document: Document) -> Iterator[Triple]:
    doc = document_iri(document.id)
    yield doc, RDF.type, DG.Document
    yield doc, RDF.type, PROV.Entity
    yield doc, DG.fileName, Literal(document.name)
    yield doc, DG.text, Literal(document.text)
    yield doc, DG.added, Literal(document.added.isoformat(), datatype=XSD.dateTime)


def entity_triples(entity: Entity) -> Iterator[Triple]:
    node = entity_iri(entity.id)
    yield node, RDF.type, DG.Entity
    for type_name in entity.types:
        yield node, RDF.type, DG[type_name]
    yield node, DG.name, Literal(entity.name)
    yield node, DG.slug, Literal(entity.id)
    for alias in entity.aliases:
        yield node, DG.alias, Literal(alias)
    if entity.parent:
        yield node, DG.parent, entity_iri(entity.parent)


def deal_triples(deal: Deal) -> Iterator[Triple]:
    node = deal_iri(deal.id)
    yield node, RDF.type, DG.Deal
    yield node, DG.kind, Literal(deal.kind)
    for party in deal.parties:
        yield node, DG.party, entity_iri(party)
    if deal.date:
        yield node, DG.date, Literal(deal.date)


def claim_triples(claim: Claim) -> Iterator[Triple]:
    node = claim_iri(claim.id)
    doc = document_iri(claim.source.document)
    relation = relation_iri(claim.relation)
    yield node, RDF.type, DG.Claim
    yield node, DG.relation, relation
    yield node, DG.subject, entity_iri(claim.subject.id)
    if claim.object is not None:
        yield node, DG.object, entity_iri(claim.object.id)
        yield entity_iri(claim.subject.id), relation, entity_iri(claim.object.id)
    if claim.figure is not None:
        figure = URIRef(f"{node}/figure")
        yield node, DG.figure, figure
        yield figure, RDF.type, SCHEMA.QuantitativeValue
        yield figure, SCHEMA.value, Literal(Decimal(repr(claim.figure.amount)), datatype=XSD.decimal)
        yield figure, SCHEMA.unitText, Literal(claim.figure.unit)
        yield figure, DG.qualifier, DG[claim.figure.qualifier]
    if claim.date:
        yield node, DG.date, Literal(claim.date)
    if claim.duration:
        yield node, DG.duration, Literal(claim.duration)
    if claim.deal:
        yield node, DG.deal, deal_iri(claim.deal)
    yield node, PROV.wasDerivedFrom, doc
    extractor = extractor_iri(claim.extractor)
    yield node, PROV.wasGeneratedBy, extractor
    name, _, version = claim.extractor.partition("/")
    yield extractor, RDF.type, DG.Extractor
    yield extractor, RDFS.label, Literal(name)
    yield extractor, DG.version, Literal(version)
    source, position, quote = URIRef(f"{node}/source"), URIRef(f"{node}/position"), URIRef(f"{node}/quote")
    yield node, DG.source, source
    yield source, RDF.type, OA.SpecificResource
    yield source, OA.hasSource, doc
    yield source, OA.hasSelector, position
    yield source, OA.hasSelector, quote
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, Literal(claim.source.start, datatype=XSD.integer)
    yield position, OA.end, Literal(claim.source.end, datatype=XSD.integer)
    yield quote, RDF.type, OA.TextQuoteSelector
    yield quote, OA.exact, Literal(claim.source.quote)


def graph_triples(document: Document, claims: Iterable[Claim], deals: Iterable[Deal] = ()) -> Iterator[Triple]:
    """Every triple of a document's named graph: the document, its claims, their entities and deals."""
    yield from document_triples(document)
    entities: dict[str, Entity] = {}
    for claim in claims:
        yield from claim_triples(claim)
        for entity in (claim.subject, claim.object):
            if entity is not None:
                entities.setdefault(entity.id, entity)
    for entity in entities.values():
        yield from entity_triples(entity)
    for deal in deals:
        yield from deal_triples(deal)
