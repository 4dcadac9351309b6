from pathlib import Path

import pytest

from graph.errors import DocumentNotFoundError, InvalidDataError, StoreError
from graph.extract import extract_claims
from graph.model import Claim, Document, Entity, Source
from graph.store import open_store

FIRST = Document("first.txt", "Nvidia will invest up to $100 billion in OpenAI. OpenAI's GPT-5 runs on Azure.")
SECOND = Document("second.txt", "Oracle signed a $300 billion contract with OpenAI over five years.")


def _add(store, document):
    return store.add(document, extract_claims(document))


def test_claims_read_back_equal_the_claims_written(empty_store):
    claims = extract_claims(FIRST)
    assert claims
    assert empty_store.add(FIRST, claims) is True
    stored = empty_store.claims()
    assert {c.id for c in stored} == {c.id for c in claims}
    written = {c.id: c for c in claims}
    for claim in stored:
        original = written[claim.id]
        assert (claim.relation, claim.subject, claim.object, claim.figure, claim.source) == (
            original.relation, original.subject, original.object, original.figure, original.source)
        assert claim.source.quote == FIRST.text[claim.source.start:claim.source.end]


def test_adding_the_same_text_twice_changes_nothing(empty_store):
    assert _add(empty_store, FIRST) is True
    before = (empty_store.stats(), [c.id for c in empty_store.claims()], empty_store.export("nt"))
    assert _add(empty_store, Document("renamed.txt", FIRST.text)) is False
    after = (empty_store.stats(), [c.id for c in empty_store.claims()], empty_store.export("nt"))
    assert before == after


def test_remove_takes_the_claims_and_only_the_entities_no_one_else_names(empty_store):
    _add(empty_store, FIRST)
    _add(empty_store, SECOND)
    assert {"nvidia", "openai", "oracle"} <= set(empty_store.entities())
    info = empty_store.remove("first.txt")
    assert info.id == FIRST.id
    assert all(c.source.document == SECOND.id for c in empty_store.claims())
    entities = set(empty_store.entities())
    assert "nvidia" not in entities  # only the removed document named it
    assert {"openai", "oracle"} <= entities  # the other document still needs them
    empty_store.remove(SECOND.id)  # by id too
    assert empty_store.stats() == {"documents": 0, "claims": 0, "entities": 0, "deals": 0}


def test_removing_an_unknown_document_is_a_clear_error(empty_store):
    with pytest.raises(DocumentNotFoundError, match="no stored document .* 'nope.txt'"):
        empty_store.remove("nope.txt")


def test_a_claim_whose_quote_is_not_the_text_is_refused_and_nothing_is_written(empty_store):
    good = extract_claims(FIRST)
    entity = Entity("openai", "OpenAI", ("AILab",))
    bad = Claim("develops_model", entity, Entity("gpt-5", "GPT-5", ("AIModel",)),
                Source(FIRST.id, FIRST.name, 0, 6, "OpenAI"), "rules/1")
    with pytest.raises(InvalidDataError):
        empty_store.add(FIRST, [*good, bad])
    assert empty_store.stats()["documents"] == 0
    assert not empty_store.has_graph(FIRST.id)


def test_the_store_persists_on_disk(tmp_path: Path):
    location = tmp_path / "store"
    store = open_store(location)
    _add(store, FIRST)
    expected = [c.id for c in store.claims()]
    store.close()
    reopened = open_store(location)
    assert [c.id for c in reopened.claims()] == expected
    assert reopened.document("first.txt").text == FIRST.text
    reopened.close()


def test_a_store_in_use_cannot_be_opened_twice(tmp_path: Path):
    store = open_store(tmp_path / "store")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(tmp_path / "store")
    store.close()


def test_one_named_graph_per_document(empty_store):
    _add(empty_store, FIRST)
    _add(empty_store, SECOND)
    graphs = empty_store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert {row["g"].rsplit("/", 1)[-1] for row in graphs} == {FIRST.id, SECOND.id}


def test_each_claim_also_asserts_its_direct_edge(empty_store):
    _add(empty_store, FIRST)
    rows = empty_store.select(
        "PREFIX dg: <https://dealgraph.org/ns#> SELECT ?o WHERE { "
        "<https://dealgraph.org/id/entity/nvidia> dg:invests_in ?o }")
    assert [r["o"] for r in rows] == ["https://dealgraph.org/id/entity/openai"]


def test_documents_list_names_ids_and_claim_counts(seed_store):
    documents = seed_store.documents()
    assert [d.name for d in documents] == sorted(p.name for p in Path("seeds").glob("*.txt"))
    assert all(d.claims > 0 for d in documents)
    assert sum(d.claims for d in documents) == seed_store.stats()["claims"]
