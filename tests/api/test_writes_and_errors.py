"""Writes (with the bearer key), and every error path answered as application/problem+json."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from tests.api.conftest import AUTH
from tests.conftest import SEEDS

ARTICLE = ("Oracle signed a $300 billion contract with OpenAI over five years. "
           "The deal requires 4.5 gigawatts of capacity.")


def assert_problem(response, status: int, kind: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["type"].endswith("/" + kind)
    assert body["title"] and body["detail"] and body["instance"].startswith("/")
    return body


def test_a_posted_article_appears_in_claims_at_once(writer):
    response = writer.post("/documents", json={"name": "oracle.txt", "text": ARTICLE}, headers=AUTH)
    assert response.status_code == 201 and response.json()["created"] is True
    document = response.json()["document"]
    assert response.headers["Location"] == f"/documents/{document['id']}"
    claims = writer.get("/claims", params={"document": "oracle.txt"}).json()["items"]
    spend = [c for c in claims if c["relation"] == "commits_spend"]
    assert spend and spend[0]["subject"]["id"] == "openai" and spend[0]["object"]["id"] == "oracle"
    assert spend[0]["value"] == {"amount": 300000000000, "unit": "USD", "qualifier": "exact"}
    assert writer.get("/health").json()["documents"] == 6


def test_the_same_text_again_changes_nothing(writer):
    writer.post("/documents", json={"name": "a.txt", "text": ARTICLE}, headers=AUTH)
    before = writer.get("/export", params={"format": "nt"}).text
    again = writer.post("/documents", json={"name": "b.txt", "text": ARTICLE}, headers=AUTH)
    assert again.status_code == 200 and again.json()["created"] is False
    assert writer.get("/export", params={"format": "nt"}).text == before


def test_files_can_be_uploaded_as_text_markdown_or_html(writer):
    html = b"<html><body><h1>Deal</h1><p>Nvidia will invest up to $100 billion in OpenAI.</p></body></html>"
    response = writer.post("/documents", files={"file": ("nvidia.html", html, "text/html")}, headers=AUTH)
    assert response.status_code == 201
    assert any(c["relation"] == "invests_in" and c["value"]["qualifier"] == "up_to" for c in response.json()["claims"])
    markdown = b"# Note\n\nMeta signed a $14 billion deal with CoreWeave for cloud capacity."
    assert writer.post("/documents", files={"file": ("m.md", markdown)}, headers=AUTH).status_code == 201


def test_delete_removes_the_document_and_its_claims(writer):
    assert writer.delete("/documents/004_3cfed80f6cb69321.txt", headers=AUTH).status_code == 200
    assert writer.get("/claims", params={"document": "004_3cfed80f6cb69321.txt"}).json()["total"] == 0
    assert_problem(writer.get("/documents/004_3cfed80f6cb69321.txt"), 404, "document-not-found")


@pytest.mark.parametrize("headers,status,kind", [
    ({}, 401, "unauthorized"),
    ({"Authorization": "Bearer wrong"}, 401, "unauthorized"),
    ({"Authorization": "Basic dGVzdA=="}, 401, "unauthorized"),
])
def test_writes_need_the_bearer_key(writer, headers, status, kind):
    before = writer.get("/health").json()
    body = assert_problem(writer.post("/documents", json={"name": "x.txt", "text": ARTICLE}, headers=headers),
                          status, kind)
    assert "Bearer" in body["detail"] or "key" in body["detail"]
    assert_problem(writer.delete("/documents/000_ebaea069aec4a017.txt", headers=headers), status, kind)
    assert writer.get("/health").json() == before


def test_without_a_configured_key_writes_are_refused(tmp_path):
    settings = Settings(store=str(tmp_path / "s"), seeds=SEEDS, api_key=None)
    with TestClient(create_app(settings)) as client:
        assert_problem(client.post("/documents", json={"name": "x", "text": ARTICLE}, headers=AUTH),
                       403, "writes-disabled")


@pytest.mark.parametrize("kwargs,status,kind", [
    ({"json": {"name": "x.txt"}}, 422, "invalid-request"),
    ({"json": {"name": "x.txt", "text": ""}}, 422, "invalid-request"),
    ({"json": {"name": "x.txt", "text": "   \n "}}, 422, "empty-document"),
    ({"content": b"plain", "headers": {"Content-Type": "text/plain"}}, 415, "unsupported-media-type"),
    ({"files": {"file": ("c.png", b"\x89PNG\r\n\x00\x00", "image/png")}}, 415, "binary-document"),
    ({"files": {"file": ("l.txt", "Caf\xe9".encode("latin-1"), "text/plain")}}, 415, "not-utf-8"),
    ({"files": {"other": ("a.txt", b"text")}}, 422, "invalid-request"),
])
def test_bad_documents_get_a_problem_and_change_nothing(writer, kwargs, status, kind):
    before = writer.get("/export", params={"format": "nt"}).text
    headers = {**AUTH, **kwargs.pop("headers", {})}
    assert_problem(writer.post("/documents", headers=headers, **kwargs), status, kind)
    assert writer.get("/export", params={"format": "nt"}).text == before


def test_a_document_over_the_size_limit_is_refused(tmp_path):
    settings = Settings(store=str(tmp_path / "s"), seeds=SEEDS, api_key="test-key", max_upload_bytes=100)
    with TestClient(create_app(settings)) as client:
        assert_problem(client.post("/documents", json={"name": "x.txt", "text": "A" * 500}, headers=AUTH),
                       413, "too-large")


@pytest.mark.parametrize("path,params,status,kind", [
    ("/entities/no-such-company", {}, 404, "entity-not-found"),
    ("/entities/no-such-company/dependencies", {}, 404, "entity-not-found"),
    ("/entities/no-such-company/relationships", {}, 404, "entity-not-found"),
    ("/entities/anthropic/relationships", {"direction": "sideways"}, 422, "invalid-request"),
    ("/entities", {"type": "Spaceship"}, 422, "invalid-request"),
    ("/entities", {"limit": 0}, 422, "invalid-request"),
    ("/entities", {"limit": 5000}, 422, "invalid-request"),
    ("/entities", {"cursor": "not-a-cursor!"}, 400, "bad-cursor"),
    ("/claims", {"relation": "owns"}, 422, "invalid-request"),
    ("/claims", {"subject": "nobody"}, 404, "entity-not-found"),
    ("/claims", {"min_amount": "lots"}, 422, "invalid-request"),
    ("/deals/d-nope", {}, 404, "deal-not-found"),
    ("/documents/nope.txt", {}, 404, "document-not-found"),
    ("/paths", {"from": "amazon"}, 422, "invalid-request"),
    ("/paths", {"from": "amazon", "to": "nobody"}, 404, "entity-not-found"),
    ("/paths", {"from": "amazon", "to": "claude", "max_hops": 9}, 422, "invalid-request"),
    ("/cycles", {"max_length": 1}, 422, "invalid-request"),
    ("/cycles", {"through": "nobody"}, 404, "entity-not-found"),
    ("/export", {"format": "xml"}, 422, "invalid-request"),
    ("/dependencies", {"to_type": "Nope"}, 422, "invalid-request"),
    ("/sparql", {}, 400, "missing-query"),
    ("/sparql", {"query": "SELECT WHERE {"}, 400, "bad-query"),
    ("/sparql", {"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}, 400, "read-only"),
    ("/sparql", {"query": "PREFIX x: <a:>\nDELETE WHERE { ?s ?p ?o }"}, 400, "read-only"),
    ("/no-such-route", {}, 404, "not-found"),
])
def test_every_read_error_is_a_problem(client, path, params, status, kind):
    body = assert_problem(client.get(path, params=params), status, kind)
    if kind == "invalid-request":
        assert body["errors"] and all(e["field"] for e in body["errors"])


def test_sparql_protocol_errors(client):
    update = {"Content-Type": "application/sparql-update"}
    assert_problem(client.post("/sparql", content="INSERT DATA {}", headers=update), 400, "read-only")
    assert_problem(client.post("/sparql", data={"update": "DROP ALL"}), 400, "read-only")
    assert_problem(client.post("/sparql", content="x", headers={"Content-Type": "text/plain"}), 415,
                   "unsupported-media-type")
    assert_problem(client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"}),
                   406, "not-acceptable")


def test_a_slow_sparql_query_times_out(tmp_path):
    settings = Settings(store=str(tmp_path / "s"), seeds=SEEDS, sparql_timeout=0.001)
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"  # about a second: long enough, then done
    with TestClient(create_app(settings)) as client:
        assert_problem(client.get("/sparql", params={"query": heavy}), 503, "query-timeout")


def test_a_wrong_method_is_a_problem(client):
    assert_problem(client.put("/entities"), 405, "method-not-allowed")


def test_cached_answers_follow_the_graph_version(writer):
    first = writer.get("/health")
    again = writer.get("/health")  # answered from the cache, ahead of routing
    assert again.content == first.content and again.headers["ETag"] == first.headers["ETag"]
    writer.post("/documents", json={"name": "v.txt", "text": ARTICLE}, headers=AUTH)
    after = writer.get("/health")
    assert after.headers["ETag"] != first.headers["ETag"] and after.json()["documents"] == 6
    stale = writer.get("/health", headers={"If-None-Match": first.headers["ETag"]})
    assert stale.status_code == 200


def test_the_router_answers_the_same_without_the_front_cache(tmp_path, client):
    settings = Settings(store=str(tmp_path / "s"), seeds=SEEDS, answer_cache=False)
    with TestClient(create_app(settings)) as routed:
        for path in ("/entities/anthropic/dependencies", "/claims?relation=invests_in", "/conflicts"):
            assert routed.get(path).json() == client.get(path).json() == client.get(path).json()
