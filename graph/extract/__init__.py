"""Text → claims. Extractors are registered by name; each is pure, deterministic and versioned.

>>> from graph.model import Document
>>> claims = extract_claims(Document("note.txt", "Nvidia will invest up to $100 billion in OpenAI."))
>>> [(c.relation, c.subject.name, c.object.name, c.figure.amount, c.figure.qualifier) for c in claims]
[('invests_in', 'Nvidia', 'OpenAI', 100000000000.0, 'up_to')]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.errors import ExtractorNotFoundError
from graph.extract.rules import RuleExtractor
from graph.model import Claim, Document

EXTRACTORS: dict[str, Callable[..., RuleExtractor]] = {"rules": RuleExtractor}
DEFAULT_EXTRACTOR = "rules"


def get_extractor(name: str = DEFAULT_EXTRACTOR, reference_files: tuple[Path, ...] = ()) -> RuleExtractor:
    """The extractor registered under ``name``, with any extra reference lists of entities."""
    try:
        factory = EXTRACTORS[name]
    except KeyError:
        raise ExtractorNotFoundError(
            f"no extractor named {name!r}; known: {', '.join(sorted(EXTRACTORS))}") from None
    return factory(reference_files)


def extract_claims(document: Document, extractor: str = DEFAULT_EXTRACTOR) -> list[Claim]:
    """The claims a document states, read by the named extractor."""
    return get_extractor(extractor).extract(document)


__all__ = ["DEFAULT_EXTRACTOR", "EXTRACTORS", "RuleExtractor", "extract_claims", "get_extractor"]
