from graph.deals import deal_of, find_conflicts


def _conflict(conflicts, relation, subject="amazon", obj="anthropic"):
    parties = {subject, obj}
    return next(c for c in conflicts if c.relation == relation
                and {c.subject.parent or c.subject.id, c.object.parent or c.object.id} == parties)


def test_cloud_divisions_deal_on_behalf_of_their_parent(seed_store):
    claims = seed_store.claims()
    capacity = [c for c in claims if c.relation == "provides_capacity"]
    assert {c.subject.id for c in capacity} == {"amazon", "amazon-web-services"}
    assert len({c.deal for c in capacity}) == 1
    assert deal_of(capacity[0]).parties == ("amazon", "anthropic")


def test_the_prior_investment_disagreement_is_reported_with_both_sources(seed_store):
    conflicts = find_conflicts(seed_store.claims())
    investment = _conflict(conflicts, "invests_in")
    documents: dict[float, set[str]] = {}
    for figure, claims in investment.sides:
        documents.setdefault(figure.amount, set()).update(c.source.document_name for c in claims)
    assert "000_ebaea069aec4a017.txt" in documents[4e9]
    assert documents[8e9] == {"002_6b64170c99e716e7.txt"}


def test_firm_against_ceiling_is_a_conflict(seed_store):
    capacity = _conflict(find_conflicts(seed_store.claims()), "provides_capacity")
    hedges = {figure.qualifier for figure, _ in capacity.sides}
    assert hedges == {"exact", "up_to"}
    assert {figure.amount for figure, _ in capacity.sides} == {5e9}


def test_agreeing_figures_are_no_conflict(seed_store):
    claims = [c for c in seed_store.claims() if c.relation == "invests_in_infrastructure"]
    assert claims and find_conflicts(claims) == []
