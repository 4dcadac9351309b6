"""The exceptions dealgraph raises, each naming the ids involved and how to fix the problem.

    DealgraphError
    ├── InvalidDataError          a domain object breaks an invariant (bad offsets, unknown unit…)
    ├── DocumentError             a file or text cannot become a document
    │   ├── DocumentNotFoundError     no file at the path, or no stored document with that id
    │   ├── EmptyDocumentError        the file or text holds no text
    │   ├── BinaryDocumentError       the file is binary
    │   └── EncodingError             the file is not UTF-8
    ├── StoreError                the graph store cannot be opened, read or written
    │   └── ReadOnlyQueryError        a SPARQL update was sent where only queries are allowed
    ├── QueryError                a query is malformed or names something unknown
    │   └── EntityNotFoundError       no entity with that id or alias
    └── ExtractorNotFoundError    no extractor registered under that name
"""

from __future__ import annotations


class DealgraphError(Exception):
    """The root of every error dealgraph raises on purpose."""


class InvalidDataError(DealgraphError, ValueError):
    """A domain object was built with values that break one of its invariants."""


class DocumentError(DealgraphError):
    """A file or text cannot be read as a document."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class DocumentNotFoundError(DocumentError):
    """No file at the path, or no stored document with that id or name."""


class EmptyDocumentError(DocumentError):
    """The file or text is empty or only white space."""


class BinaryDocumentError(DocumentError):
    """The file holds binary data, not text."""


class EncodingError(DocumentError):
    """The file is not valid UTF-8."""


class StoreError(DealgraphError):
    """The graph store could not be opened, read or written."""


class ReadOnlyQueryError(StoreError):
    """A SPARQL update was sent to a read-only endpoint."""


class QueryError(DealgraphError, ValueError):
    """A query is malformed or refers to something unknown."""


class EntityNotFoundError(QueryError, LookupError):
    """No entity has that id or alias."""


class ExtractorNotFoundError(DealgraphError, LookupError):
    """No extractor is registered under that name."""
