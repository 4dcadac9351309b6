"""Shared fixtures: the seed articles, and a real embedded store built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.documents import read_documents
from graph.extract import get_extractor
from graph.model import Document
from graph.store import GraphStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_documents() -> list[Document]:
    documents = [d for d in read_documents([SEEDS]) if isinstance(d, Document)]
    assert len(documents) == 5
    return documents


def build_store(location: Path | str, documents: list[Document]) -> GraphStore:
    store = open_store(location)
    extractor = get_extractor()
    for document in documents:
        store.add(document, extractor.extract(document))
    return store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed_documents: list[Document]) -> GraphStore:
    """The seed graph in a real on-disk Oxigraph store; tests must not change it."""
    store = build_store(tmp_path_factory.mktemp("seed-store"), seed_documents)
    yield store
    store.close()


@pytest.fixture()
def empty_store(tmp_path: Path) -> GraphStore:
    store = open_store(tmp_path / "store")
    yield store
    store.close()
