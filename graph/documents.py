"""Reading files (plain text, Markdown, HTML) into documents, with one clear error per bad input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.errors import (
    BinaryDocumentError,
    DocumentError,
    DocumentNotFoundError,
    EmptyDocumentError,
    EncodingError,
)
from graph.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def html_to_text(html: str) -> str:
    """The readable text of an HTML page: scripts, styles and navigation dropped, blocks on lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def document_from_bytes(name: str, data: bytes, *, html: bool | None = None,
                        label: str | None = None) -> Document:
    """A document from raw bytes, refusing binary, non-UTF-8 and empty input with a clear message.

    ``label`` names the input in messages (a path, say); it defaults to ``name``.
    """
    label = label or name
    if b"\x00" in data[:8192]:
        raise BinaryDocumentError(f"{label}: is a binary file, not text; give a .txt, .md or .html article",
                                  path=label)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"{label}: is not UTF-8 (bad byte at position {error.start}); re-save it as UTF-8", path=label
        ) from None
    if html is None:
        html = Path(name).suffix.lower() in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(
            ("<!doctype html", "<html"))
    return document_from_text(name, html_to_text(text) if html else text, label=label)


def document_from_text(name: str, text: str, *, label: str | None = None) -> Document:
    """A document from a text, refusing an empty one."""
    if not text.strip():
        label = label or name
        raise EmptyDocumentError(f"{label}: is empty; give an article with text", path=label)
    # Offsets are into the stored text, so line endings are made uniform before anything reads it.
    return Document(name=name, text=text.replace("\r\n", "\n").replace("\r", "\n"))


def read_document(path: str | Path) -> Document:
    """Read one file as a document; its name is the file name."""
    path = Path(path)
    if not path.is_file():
        raise DocumentNotFoundError(f"{path}: no such file; check the path", path=str(path))
    return document_from_bytes(path.name, path.read_bytes(), label=str(path))


def text_files(paths: Iterable[str | Path]) -> Iterator[Path | DocumentError]:
    """The files to read under the given paths, in name order, or an error for each bad path.

    A directory contributes its text files (by suffix, recursively); a file named directly is
    always read, whatever its suffix, so its content decides whether it is text.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                yield DocumentNotFoundError(
                    f"{path}: directory holds no text files ({', '.join(sorted(TEXT_SUFFIXES))})",
                    path=str(path))
            yield from found
        elif path.is_file():
            yield path
        else:
            yield DocumentNotFoundError(f"{path}: no such file or directory; check the path", path=str(path))


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """Each document under the paths, or the error that stopped it; one bad file never stops the rest."""
    for item in text_files(paths):
        if isinstance(item, DocumentError):
            yield item
            continue
        try:
            yield read_document(item)
        except DocumentError as error:
            yield error
