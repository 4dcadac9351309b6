"""Domain types: Document, Entity, Figure, Source, Claim, Deal.

All are frozen and check their invariants on construction, so an object that exists is valid:
a source's quote is the text at its offsets, a figure's unit and hedge are known, a claim's
relation is in the vocabulary and its figure fits that relation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import InitVar, dataclass, field
from datetime import UTC, datetime

from graph.errors import InvalidDataError
from graph.vocab import ENTITY_TYPES, QUALIFIERS, RELATIONS, UNITS


def _ascii(char: str) -> str:
    """One character of a name (after NFKD) in ASCII, for its slug."""
    if char.isascii():
        return char
    if not char.isalnum():
        return " " if char.isspace() else ""  # accents (combining marks after NFKD) and symbols go
    described = unicodedata.name(char, "")
    if described.startswith("GREEK"):
        return described.split()[-1].lower()
    return f"-u{ord(char):x}-"


def text_id(text: str) -> str:
    """The id of a document: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slugify(name: str) -> str:
    """A stable, URL-safe id for a name: ``"Amazon Web Services"`` → ``"amazon-web-services"``; accents go
    (``"Télécom"`` → ``"telecom"``), a Greek letter is spelt (``"π0"`` → ``"pi0"``) and any other letter or digit
    outside ASCII is kept by its code point (``"智谱"`` → ``"u667a-u8c31"``), so no two such names share an id."""
    ascii_name = "".join(_ascii(c) for c in unicodedata.normalize("NFKD", name))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower().replace("&", " and ")).strip("-")
    if not slug:
        raise InvalidDataError(f"cannot make an id from the name {name!r}: it has no letters or digits")
    return slug


@dataclass(frozen=True)
class Document:
    """A text as stored; its id is a hash of the text, so the same text is the same document."""

    name: str
    text: str
    added: datetime = field(default_factory=lambda: datetime.now(UTC), compare=False)
    id: str = field(init=False)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise InvalidDataError(f"document {self.name!r} has no text")
        object.__setattr__(self, "id", text_id(self.text))

    def source(self, start: int, end: int) -> Source:
        """The source of a span of this document, quote included."""
        return Source(self.id, self.name, start, end, self.text[start:end], text=self.text)


@dataclass(frozen=True)
class Entity:
    """A company, chip, model, cloud service or data centre, with a stable slug id."""

    id: str
    name: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    parent: str | None = None

    def __post_init__(self) -> None:
        if self.id != slugify(self.id):
            raise InvalidDataError(f"entity id {self.id!r} is not a slug; use graph.model.slugify")
        if not self.types:
            raise InvalidDataError(f"entity {self.id!r} has no type; give one of {', '.join(ENTITY_TYPES)}")
        unknown = [t for t in self.types if t not in ENTITY_TYPES]
        if unknown:
            raise InvalidDataError(
                f"entity {self.id!r} has unknown type(s) {unknown}; known: {', '.join(ENTITY_TYPES)}")
        # One canonical order, so an entity read back from the store equals the one written.
        object.__setattr__(self, "types", tuple(sorted(set(self.types), key=ENTITY_TYPES.index)))
        object.__setattr__(self, "aliases", tuple(sorted(set(self.aliases))))
        if self.parent == self.id:
            raise InvalidDataError(f"entity {self.id!r} cannot be its own parent")

    def _repr_html_(self) -> str:
        from graph.display import entity_html
        return entity_html(self)

    @property
    def type(self) -> str:
        """The primary type: the first of ``types`` in the vocabulary's order (AILab before Company)."""
        return self.types[0]


@dataclass(frozen=True)
class Figure:
    """An amount as the source gave it: normalised to USD, W or chips, with the source's hedge."""

    amount: float
    unit: str
    qualifier: str = "exact"

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise InvalidDataError(f"unknown unit {self.unit!r}; use one of {', '.join(UNITS)}")
        if self.qualifier not in QUALIFIERS:
            raise InvalidDataError(f"unknown qualifier {self.qualifier!r}; use one of {', '.join(QUALIFIERS)}")
        if not self.amount > 0:
            raise InvalidDataError(f"a figure's amount must be positive, got {self.amount!r}")


@dataclass(frozen=True)
class Source:
    """Where a claim is stated: a document and an end-exclusive character span with its quote.

    Pass ``text`` (the document's text) to have the quote checked against it; ``Document.source``
    always does.
    """

    document: str
    document_name: str
    start: int
    end: int
    quote: str
    text: InitVar[str | None] = None

    def __post_init__(self, text: str | None) -> None:
        if not 0 <= self.start < self.end:
            raise InvalidDataError(
                f"bad span {self.start}:{self.end} in document {self.document}: need 0 <= start < end")
        if len(self.quote) != self.end - self.start:
            raise InvalidDataError(
                f"quote of {len(self.quote)} characters does not fit span {self.start}:{self.end}")
        if text is not None and text[self.start:self.end] != self.quote:
            raise InvalidDataError(
                f"quote {self.quote!r} is not the text at {self.start}:{self.end} of {self.document}")


@dataclass(frozen=True)
class Claim:
    """One fact read from one source: relation(subject, object) with an optional figure."""

    relation: str
    subject: Entity
    object: Entity | None
    source: Source
    extractor: str
    figure: Figure | None = None
    date: str | None = None
    duration: str | None = None
    deal: str | None = None
    id: str = field(init=False)

    def __post_init__(self) -> None:
        spec = RELATIONS.get(self.relation)
        if spec is None:
            raise InvalidDataError(f"unknown relation {self.relation!r}; see graph.vocab.RELATIONS")
        if spec.has_object and self.object is None:
            raise InvalidDataError(f"relation {self.relation} needs an object")
        if not spec.has_object and self.object is not None:
            raise InvalidDataError(f"relation {self.relation} takes no object")
        if self.figure is not None and self.figure.unit not in spec.units:
            allowed = ", ".join(sorted(spec.units)) or "no figure"
            raise InvalidDataError(f"relation {self.relation} takes {allowed}, not {self.figure.unit}")
        if self.object is not None and self.object.id == self.subject.id:
            raise InvalidDataError(f"claim {self.relation} links {self.subject.id} to itself")
        if "/" not in self.extractor:
            raise InvalidDataError(f"extractor {self.extractor!r} must be 'name/version'")
        object.__setattr__(self, "id", "c-" + _digest(
            self.source.document, self.source.start, self.source.end, self.relation, self.subject.id,
            self.object.id if self.object else "", self.figure, self.date))

    def _repr_html_(self) -> str:
        """Jupyter's view: the quote with the figure highlighted, and the document."""
        from graph.display import claim_html
        return claim_html(self)


@dataclass(frozen=True)
class Deal:
    """The claims about one agreement: its kind, its parties (entity ids) and, when known, a date."""

    kind: str
    parties: tuple[str, ...]
    date: str | None = None
    id: str = field(init=False)

    def __post_init__(self) -> None:
        if not self.parties:
            raise InvalidDataError(f"a {self.kind} deal needs at least one party")
        object.__setattr__(self, "parties", tuple(sorted(set(self.parties))))
        object.__setattr__(self, "id", deal_id(self.kind, self.parties))


def deal_id(kind: str, parties: tuple[str, ...] | list[str]) -> str:
    """The id of the deal of a kind between parties; the same for the same parties in any order."""
    return "d-" + _digest(kind, *sorted(set(parties)))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
