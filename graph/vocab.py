"""The public vocabulary: entity types, relations, units and hedges, and their RDF namespace.

The names are those of the claims export contract (shared/eval/README.md) and are used verbatim in
code, RDF and JSON. ``DG`` is a closed namespace, so a misspelt term fails at import time instead of
minting a stray IRI; a test keeps it equal to the classes and properties declared in ``dealgraph.ttl``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SH, XSD, ClosedNamespace

ENTITY_TYPES: tuple[str, ...] = (
    "AILab", "CloudProvider", "ChipMaker", "Company", "Investor",
    "Chip", "AIModel", "CloudService", "DataCenter", "Government",
)
ORGANISATION_TYPES = frozenset({"AILab", "CloudProvider", "ChipMaker", "Company", "Investor", "Government"})

UNITS = ("USD", "W", "chips")
QUALIFIERS = ("exact", "up_to", "more_than", "at_least", "about")


@dataclass(frozen=True)
class RelationSpec:
    """What a relation allows: the units of its figure, whether it has an object, symmetry."""

    name: str
    units: frozenset[str] = frozenset()
    has_object: bool = True
    symmetric: bool = False
    deal_kind: str | None = None  # claims of relations with a kind are grouped into deals


def _spec(name: str, units: str = "", **kw: object) -> RelationSpec:
    return RelationSpec(name, frozenset(units.split()), **kw)  # type: ignore[arg-type]


RELATIONS: dict[str, RelationSpec] = {s.name: s for s in (
    _spec("invests_in", "USD", deal_kind="investment"),
    _spec("commits_spend", "USD", deal_kind="compute"),
    _spec("provides_capacity", "W", deal_kind="compute"),
    _spec("supplies_chips", "chips USD W", deal_kind="chip_supply"),
    _spec("invests_in_infrastructure", "USD W", has_object=False, deal_kind="infrastructure"),
    _spec("builds_datacenter", "W USD", deal_kind="datacenter"),
    _spec("uses_chip"),
    _spec("makes_chip"),
    _spec("uses_cloud"),
    _spec("primary_cloud"),
    _spec("develops_model"),
    _spec("offers_model"),
    _spec("subsidiary_of"),
    _spec("acquired", "USD", deal_kind="acquisition"),
    _spec("partners_with", symmetric=True),
)}
FIGURE_RELATIONS = frozenset(name for name, spec in RELATIONS.items() if spec.units)

BASE = "https://dealgraph.org/"
ID = Namespace(BASE + "id/")

_CLASSES = ("Entity", "Document", "Claim", "Deal", "Extractor", "Qualifier", *ENTITY_TYPES)
_PROPERTIES = (
    # entities
    "name", "alias", "parent", "slug",
    # documents
    "text", "fileName", "added",
    # claims
    "relation", "subject", "object", "figure", "qualifier", "date", "duration", "deal", "source",
    # deals
    "kind", "party",
    # extractors
    "version",
)
DG = ClosedNamespace(BASE + "ns#", [*_CLASSES, *_PROPERTIES, *RELATIONS, *QUALIFIERS])

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "dg": str(DG), "prov": str(PROV), "oa": str(OA), "schema": str(SCHEMA),
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "sh": str(SH),
}


def ontology_turtle() -> str:
    """The Turtle text of the vocabulary (classes and properties)."""
    return resources.files("graph").joinpath("dealgraph.ttl").read_text(encoding="utf-8")


def shapes_turtle() -> str:
    """The Turtle text of the SHACL shapes every stored graph conforms to."""
    return resources.files("graph").joinpath("shapes.ttl").read_text(encoding="utf-8")
