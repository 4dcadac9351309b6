"""Response and request models: they document the API (OpenAPI) and a test checks real answers against
them. At run time answers are pre-serialised from the graph view, so these never slow a request."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EntityRef(Model):
    id: str
    name: str | None = None
    type: str | None = None


class Value(Model):
    amount: float
    unit: Literal["USD", "W", "chips"]
    qualifier: Literal["exact", "up_to", "more_than", "at_least", "about"]


class ClaimSource(Model):
    document: str = Field(description="the document's file name")
    document_id: str
    start: int = Field(description="character offset, inclusive")
    end: int = Field(description="character offset, exclusive")
    quote: str = Field(description="exactly text[start:end] of the stored document")


class Claim(Model):
    """A claim in the export contract of shared/eval/README.md."""

    id: str
    relation: str
    subject: EntityRef
    object: EntityRef | None
    value: Value | None
    date: str | None
    duration: str | None
    deal: str | None
    extractor: str
    source: ClaimSource


class SourceRef(Model):
    claim: str
    document: str
    document_id: str
    start: int
    end: int
    quote: str
    relation: str | None = None


class FigureSources(Model):
    relation: str
    amount: float
    unit: str
    qualifier: str
    sources: list[SourceRef]


class Entity(Model):
    id: str
    name: str
    type: str
    types: list[str]
    aliases: list[str]
    parent: EntityRef | None
    subsidiaries: list[EntityRef]
    claims: int
    claims_by_relation: dict[str, int]
    documents: int


class Relationship(Model):
    relation: str
    direction: Literal["out", "in"]
    other: EntityRef | None
    claims: list[Claim]
    figures: list[FigureSources]
    sources: int


class Counterparty(Model):
    counterparty: EntityRef
    via: list[str] = Field(description="the entities of the counterparty named in the claims (Amazon, AWS)")
    relations: list[str]
    primary: bool = Field(description="a source names it the primary or preferred cloud")
    figures: list[FigureSources]
    sources: int
    documents: int
    claims: list[SourceRef]


class Dependencies(Model):
    entity: EntityRef
    members: list[str]
    depends_on: dict[str, list[Counterparty]] = Field(description="clouds, chips, investors")
    depended_on_by: dict[str, list[Counterparty]] = Field(description="customers, investees, chip customers…")


class DependencyEdge(Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    from_: EntityRef = Field(alias="from")
    to: EntityRef
    kind: str
    via: list[str]
    relations: list[str]
    primary: bool
    figures: list[FigureSources]
    sources: int


class Deal(Model):
    id: str
    kind: str
    parties: list[EntityRef]
    date: str | None
    dates: list[str]
    relations: list[str]
    figures: list[FigureSources]
    documents: list[str]
    claims: int


class ConflictFigure(Model):
    amount: float
    unit: str
    qualifier: str
    sources: list[SourceRef]


class Conflict(Model):
    deal: str
    relation: str
    subject: EntityRef
    object: EntityRef | None
    figures: list[ConflictFigure]


class _Step(Model):
    """One edge of a path or a cycle: from, to, and the relations that join them."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    from_: EntityRef = Field(alias="from")
    to: EntityRef
    relations: list[str]


class PathStep(_Step):
    claims: list[Claim]


class CycleStep(_Step):
    via: list[str]
    figures: list[FigureSources]
    sources: int


class Cycle(Model):
    entities: list[str]
    length: int
    steps: list[CycleStep]


class DocumentInfo(Model):
    id: str
    name: str
    added: str
    claims: int


class DocumentDetail(Model):
    document: DocumentInfo
    text: str
    claims: list[Claim]


class DocumentPosted(Model):
    document: DocumentInfo
    created: bool = Field(description="false when the same text was already stored (nothing changed)")
    claims: list[Claim]


class DocumentIn(Model):
    name: str = Field(min_length=1, max_length=300, examples=["oracle-openai.txt"])
    text: str = Field(min_length=1, examples=["Oracle signed a $300 billion contract with OpenAI."])


class Health(Model):
    status: Literal["ok"]
    version: str
    documents: int
    claims: int
    entities: int
    deals: int


class Page(Model):
    items: list[Any]
    total: int
    next_cursor: str | None


def page_of(item: type[BaseModel]) -> type[BaseModel]:
    """A page model whose items are ``item``."""
    return type(f"{item.__name__}Page", (Model,), {
        "__annotations__": {"items": list[item], "total": int, "next_cursor": str | None},  # type: ignore[valid-type]
    })


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, str]] | None = None
