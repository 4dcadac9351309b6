"""The remote store against a real SPARQL server (Oxigraph's, from the `oxigraph` package) that the
tests start on a free loopback port."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.errors import InvalidDataError, QueryError, ReadOnlyQueryError, StoreError
from graph.extract import extract_claims
from graph.model import Document
from graph.store import open_store
from graph.store.remote import RemoteStore
from tests.conftest import SEEDS
from tests.servers import free_port, wait_until_up

# The server comes with the test extras (pip package `oxigraph`), beside this interpreter.
_BESIDE = Path(sys.executable).with_name("oxigraph")
OXIGRAPH = str(_BESIDE) if _BESIDE.exists() else shutil.which("oxigraph")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server (pip install oxigraph) is missing")]


@pytest.fixture()
def server(tmp_path):
    port = free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(url, process)
    yield url
    process.terminate()
    process.wait(timeout=10)


def _build(store, documents):
    for document in documents:
        store.add(document, extract_claims(document))


def test_the_remote_store_holds_the_same_graph_as_the_embedded_one(server, seed_documents, seed_store):
    remote = open_store(server)
    assert isinstance(remote, RemoteStore)
    _build(remote, seed_documents)
    assert [c.id for c in remote.claims()] == [c.id for c in seed_store.claims()]
    assert remote.stats() == seed_store.stats()
    assert remote.entities() == seed_store.entities()
    assert remote.document("001_fe4425cdedf7fed9.txt").text == seed_store.document("001_fe4425cdedf7fed9.txt").text


def test_adding_twice_changes_nothing_and_removing_takes_the_claims(server, seed_documents):
    remote = open_store(server)
    _build(remote, seed_documents[:2])
    before = remote.export("nt")
    assert remote.add(seed_documents[0], extract_claims(seed_documents[0])) is False
    assert remote.export("nt") == before
    remote.remove(seed_documents[0].name)
    assert {c.source.document for c in remote.claims()} == {seed_documents[1].id}


def test_a_bad_claim_writes_nothing_on_the_server(server):
    remote = open_store(server)
    document = Document("x.txt", "Nvidia will invest up to $100 billion in OpenAI.")
    stranger = extract_claims(Document("z.txt", "Oracle signed a $5 billion contract with OpenAI."))
    with pytest.raises(InvalidDataError, match="is from document"):
        remote.add(document, [*extract_claims(document), *stranger])
    assert remote.stats()["documents"] == 0 and not remote.has_graph(document.id)


def test_sparql_through_the_server_is_read_only(server, seed_documents):
    remote = open_store(server)
    _build(remote, seed_documents[:1])
    body, media = remote.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")
    assert media == "text/csv" and int(body.decode().split()[-1]) > 100
    with pytest.raises(ReadOnlyQueryError):
        remote.sparql("DROP ALL")
    with pytest.raises(QueryError):
        remote.select("SELECT WHERE {")


def test_the_api_serves_a_remote_store(server):
    remote = open_store(server)  # empty: the app builds it from the seeds on start
    with TestClient(create_app(Settings(seeds=SEEDS), store=remote)) as client:
        dependencies = client.get("/entities/Anthropic/dependencies").json()
        assert dependencies["depends_on"]["clouds"][0]["counterparty"]["id"] == "amazon"
        assert client.get("/health").json()["documents"] == 5


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        open_store(f"http://127.0.0.1:{free_port()}")
