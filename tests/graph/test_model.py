from datetime import UTC, datetime

import pytest

from graph.errors import InvalidDataError
from graph.model import Claim, Deal, Document, Entity, Figure, Source, slugify, text_id

AMAZON = Entity("amazon", "Amazon", ("Company", "CloudProvider"))
ANTHROPIC = Entity("anthropic", "Anthropic", ("AILab",))
DOC = Document("note.txt", "Amazon will invest up to $4 billion in Anthropic.")


def test_document_id_is_a_hash_of_the_text_only():
    later = Document("other-name.txt", DOC.text, added=datetime(2020, 1, 1, tzinfo=UTC))
    assert later.id == DOC.id == text_id(DOC.text)
    assert Document("x.txt", DOC.text + " ").id != DOC.id


def test_document_source_carries_the_exact_quote():
    source = DOC.source(0, 6)
    assert (source.quote, source.document, source.document_name) == ("Amazon", DOC.id, "note.txt")


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (7, 3)])
def test_source_rejects_bad_spans(start, end):
    with pytest.raises(InvalidDataError, match="bad span"):
        Source(DOC.id, "note.txt", start, end, "x" * max(0, end - start))


def test_source_rejects_a_quote_that_is_not_the_text():
    with pytest.raises(InvalidDataError, match="is not the text"):
        Source(DOC.id, "note.txt", 0, 6, "Amazin", text=DOC.text)


def test_source_rejects_a_quote_of_the_wrong_length():
    with pytest.raises(InvalidDataError, match="does not fit"):
        Source(DOC.id, "note.txt", 0, 6, "Amazon!")


@pytest.mark.parametrize("kwargs,message", [
    ({"amount": 1.0, "unit": "EUR"}, "unknown unit"),
    ({"amount": 1.0, "unit": "USD", "qualifier": "maybe"}, "unknown qualifier"),
    ({"amount": 0.0, "unit": "W"}, "positive"),
])
def test_figure_checks_unit_hedge_and_amount(kwargs, message):
    with pytest.raises(InvalidDataError, match=message):
        Figure(**kwargs)


def test_claim_checks_relation_object_and_figure_unit():
    source = DOC.source(0, 48)
    with pytest.raises(InvalidDataError, match="unknown relation"):
        Claim("invests", AMAZON, ANTHROPIC, source, "rules/1")
    with pytest.raises(InvalidDataError, match="needs an object"):
        Claim("invests_in", AMAZON, None, source, "rules/1")
    with pytest.raises(InvalidDataError, match="takes no object"):
        Claim("invests_in_infrastructure", AMAZON, ANTHROPIC, source, "rules/1")
    with pytest.raises(InvalidDataError, match="takes USD, not W"):
        Claim("invests_in", AMAZON, ANTHROPIC, source, "rules/1", Figure(5e9, "W"))
    with pytest.raises(InvalidDataError, match="takes no figure"):
        Claim("uses_chip", AMAZON, ANTHROPIC, source, "rules/1", Figure(5e9, "USD"))
    with pytest.raises(InvalidDataError, match="name/version"):
        Claim("invests_in", AMAZON, ANTHROPIC, source, "rules")


def test_claim_id_depends_on_what_it_says_and_where():
    base = Claim("invests_in", AMAZON, ANTHROPIC, DOC.source(0, 48), "rules/1", Figure(4e9, "USD", "up_to"))
    same = Claim("invests_in", AMAZON, ANTHROPIC, DOC.source(0, 48), "rules/1", Figure(4e9, "USD", "up_to"))
    firm = Claim("invests_in", AMAZON, ANTHROPIC, DOC.source(0, 48), "rules/1", Figure(4e9, "USD"))
    assert base.id == same.id != firm.id
    assert base.id.startswith("c-")


def test_entity_ids_are_slugs_and_types_are_known():
    assert slugify("Amazon Web Services") == "amazon-web-services"
    assert slugify("AT&T") == "at-and-t"
    assert slugify("Télécom Paris") == "telecom-paris"
    assert slugify("π0") == "pi0" != slugify("0")
    assert slugify("智谱") == "u667a-u8c31"
    with pytest.raises(InvalidDataError, match="not a slug"):
        Entity("Amazon", "Amazon", ("Company",))
    with pytest.raises(InvalidDataError, match="unknown type"):
        Entity("amazon", "Amazon", ("Retailer",))
    with pytest.raises(InvalidDataError, match="no type"):
        Entity("amazon", "Amazon", ())


def test_entity_types_take_the_vocabulary_order():
    entity = Entity("meta", "Meta", ("Company", "AILab"))
    assert entity.types == ("AILab", "Company") and entity.type == "AILab"


def test_deal_id_ignores_party_order():
    assert Deal("investment", ("anthropic", "amazon")).id == Deal("investment", ("amazon", "anthropic")).id
    assert Deal("investment", ("a", "b")).id != Deal("compute", ("a", "b")).id
