"""Every read endpoint on the seed graph, checked for real values and for its documented schema."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter

from api import schemas


def validate(model, body):
    TypeAdapter(model).validate_python(body)


def test_health_counts_the_seed_graph(client):
    body = client.get("/health").json()
    validate(schemas.Health, body)
    assert body["documents"] == 5 and body["claims"] > 40 and body["deals"] >= 3


def test_entities_filter_by_type_and_name_and_page(client):
    labs = client.get("/entities", params={"type": "AILab"}).json()
    validate(schemas.page_of(schemas.Entity), labs)
    assert {"anthropic", "openai"} <= {e["id"] for e in labs["items"]}
    assert all("AILab" in e["types"] for e in labs["items"])
    found = client.get("/entities", params={"q": "web serv"}).json()
    assert [e["id"] for e in found["items"]] == ["amazon-web-services"]
    first = client.get("/entities", params={"limit": 2}).json()
    second = client.get("/entities", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])


def test_an_entity_can_be_addressed_by_any_alias(client):
    by_alias = client.get("/entities/AWS").json()
    assert by_alias == client.get("/entities/amazon-web-services").json()
    assert by_alias["parent"]["id"] == "amazon" and by_alias["claims"] > 0
    amazon = client.get("/entities/Amazon").json()
    assert "amazon-web-services" in [e["id"] for e in amazon["subsidiaries"]]


def test_relationships_carry_claims_figures_and_sources(client):
    body = client.get("/entities/amazon/relationships", params={"relation": "invests_in", "direction": "out"}).json()
    validate(schemas.page_of(schemas.Relationship), body)
    [edge] = body["items"]
    assert edge["other"]["id"] == "anthropic" and edge["direction"] == "out"
    amounts = {(f["amount"], f["qualifier"]) for f in edge["figures"]}
    assert {(4e9, "exact"), (8e9, "exact"), (25e9, "up_to")} <= amounts
    for claim in edge["claims"]:
        assert claim["source"]["quote"]


def test_anthropic_depends_on_aws_with_capacity_spend_and_chips(client):
    body = client.get("/entities/Anthropic/dependencies").json()
    validate(schemas.Dependencies, body)
    [cloud] = [c for c in body["depends_on"]["clouds"] if c["counterparty"]["id"] == "amazon"]
    assert "amazon-web-services" in cloud["via"] and cloud["primary"] is True
    figures = {(f["relation"], f["amount"], f["qualifier"]) for f in cloud["figures"]}
    assert ("provides_capacity", 5e9, "exact") in figures and ("provides_capacity", 5e9, "up_to") in figures
    assert any(relation == "commits_spend" and amount == 1e11 for relation, amount, _ in figures)
    assert all(s["quote"] for f in cloud["figures"] for s in f["sources"]) and cloud["sources"] >= 5
    assert {"trainium", "inferentia"} <= {c["counterparty"]["id"] for c in body["depends_on"]["chips"]}
    assert [i["counterparty"]["id"] for i in body["depends_on"]["investors"]] == ["amazon"]
    amazon = client.get("/entities/amazon/dependencies").json()
    assert "anthropic" in {c["counterparty"]["id"] for c in amazon["depended_on_by"]["customers"]}


def test_the_dependency_matrix_lists_lab_to_cloud_edges(client):
    body = client.get("/dependencies", params={"from_type": "AILab", "to_type": "CloudProvider"}).json()
    validate(schemas.page_of(schemas.DependencyEdge), body)
    pairs = {(e["from"]["id"], e["to"]["id"]) for e in body["items"]}
    assert ("anthropic", "amazon") in pairs and ("openai", "microsoft") in pairs


def test_claims_filter_and_follow_the_export_contract(client):
    body = client.get("/claims", params={"relation": "invests_in", "subject": "Amazon", "min_amount": 5e9}).json()
    validate(schemas.page_of(schemas.Claim), body)
    assert body["items"] and all(c["value"]["amount"] >= 5e9 for c in body["items"])
    assert all(c["subject"]["id"] == "amazon" and c["relation"] == "invests_in" for c in body["items"])
    by_doc = client.get("/claims", params={"document": "004_3cfed80f6cb69321.txt", "unit": "W"}).json()
    assert by_doc["items"] and all(c["value"]["unit"] == "W" for c in by_doc["items"])


def test_claims_stream_as_json_lines(client):
    response = client.get("/claims", headers={"Accept": "application/x-ndjson"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == client.get("/health").json()["claims"]
    validate(list[schemas.Claim], lines)


def test_deals_and_one_deal(client):
    deals = client.get("/deals").json()
    validate(schemas.page_of(schemas.Deal), deals)
    investment = next(d for d in deals["items"] if d["kind"] == "investment")
    assert {p["id"] for p in investment["parties"]} == {"amazon", "anthropic"}
    assert client.get(f"/deals/{investment['id']}").json() == investment


def test_conflicts_show_the_prior_investment_disagreement(client):
    body = client.get("/conflicts").json()
    validate(schemas.page_of(schemas.Conflict), body)
    investment = next(c for c in body["items"] if c["relation"] == "invests_in")
    by_amount = {}
    for figure in investment["figures"]:
        by_amount.setdefault(figure["amount"], set()).update(s["document"] for s in figure["sources"])
    assert "000_ebaea069aec4a017.txt" in by_amount[4e9] and by_amount[8e9] == {"002_6b64170c99e716e7.txt"}
    capacity = next(c for c in body["items"] if c["relation"] == "provides_capacity")
    assert {f["qualifier"] for f in capacity["figures"]} == {"exact", "up_to"}


def test_cycles_find_amazon_anthropic_aws(client):
    body = client.get("/cycles").json()
    validate(schemas.page_of(schemas.Cycle), body)
    cycle = next(c for c in body["items"] if set(c["entities"]) == {"amazon", "anthropic"})
    steps = {(s["from"]["id"], s["to"]["id"]): s for s in cycle["steps"]}
    assert "invests_in" in steps[("amazon", "anthropic")]["relations"]
    back = steps[("anthropic", "amazon")]
    assert "commits_spend" in back["relations"] and "amazon-web-services" in back["via"]
    assert any(f["amount"] == 1e11 for f in back["figures"])
    assert client.get("/cycles", params={"through": "AWS"}).json()["total"] >= 1


def test_paths_connect_two_entities_with_claims_on_each_edge(client):
    body = client.get("/paths", params={"from": "Amazon", "to": "Claude", "max_hops": 2}).json()
    [path] = body["items"][:1]
    assert [step["from"]["id"] for step in path] == ["amazon", "anthropic"] and path[-1]["to"]["id"] == "claude"
    assert all(step["claims"] for step in path)
    assert client.get("/paths", params={"from": "Amazon", "to": "Claude", "max_hops": 1}).json()["items"] == []


def test_documents_list_and_read_text_with_claims(client):
    documents = client.get("/documents").json()
    validate(schemas.page_of(schemas.DocumentInfo), documents)
    assert documents["total"] == 5
    detail = client.get("/documents/001_fe4425cdedf7fed9.txt").json()
    validate(schemas.DocumentDetail, detail)
    for claim in detail["claims"]:
        s = claim["source"]
        assert detail["text"][s["start"]:s["end"]] == s["quote"]


@pytest.mark.parametrize("fmt,media,marker", [
    ("turtle", "text/turtle", "@prefix"), ("nt", "application/n-triples", "<https://dealgraph.org/"),
    ("jsonld", "application/ld+json", "@id"), ("graphml", "application/graphml+xml", "<graphml"),
    ("csv", "text/csv", "id,relation,subject_id")])
def test_export_in_every_format(client, fmt, media, marker):
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert marker in response.text


def test_sparql_select_ask_construct_by_accept(client):
    query = "PREFIX dg: <https://dealgraph.org/ns#> SELECT ?o WHERE { ?s dg:invests_in ?o }"
    body = client.get("/sparql", params={"query": query}).json()
    assert {b["o"]["value"] for b in body["results"]["bindings"]} >= {"https://dealgraph.org/id/entity/anthropic"}
    csv = client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.startswith("o")
    ask = client.post("/sparql", content="ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query",
                                                                      "Accept": "application/sparql-results+xml"})
    assert "<boolean>true</boolean>" in ask.text
    construct = client.get("/sparql", params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"})
    assert construct.headers["content-type"].startswith("text/turtle")


def test_reads_carry_an_etag_and_answer_304(client):
    first = client.get("/entities/anthropic/dependencies")
    again = client.get("/entities/anthropic/dependencies", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and not again.content
