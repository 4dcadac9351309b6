"""The notebook API on the seed graph: every DataFrame method, checked for real values."""

from __future__ import annotations

import networkx as nx
import pytest

import graph
from graph.errors import EntityNotFoundError, ReadOnlyQueryError
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def g() -> graph.DealGraph:
    return graph.build_graph([SEEDS])


def test_claims_frame_has_quotes_documents_and_filters(g):
    claims = g.claims(relation="invests_in", subject="Amazon")
    assert set(claims.object) == {"anthropic"}
    figures = set(zip(claims.amount, claims.qualifier, strict=True))
    assert {(4e9, "up_to"), (8e9, "exact"), (25e9, "up_to"), (1.25e9, "exact")} <= figures
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for row in claims.itertuples():
        assert texts[row.document][row.start:row.end] == row.quote
    assert set(g.claims(unit="W", min_amount=5e9).amount) == {5e9}


def test_entities_and_one_entity(g):
    labs = g.entities(type="AILab")
    assert {"anthropic", "openai"} <= set(labs.id)
    assert labs.set_index("id").loc["anthropic", "claims"] > 10
    assert g.entity("AWS").id == "amazon-web-services" and g.entity("AWS").parent == "amazon"
    with pytest.raises(EntityNotFoundError):
        g.entity("nobody")


def test_dependencies_of_anthropic(g):
    deps = g.dependencies("Anthropic")
    on = deps[deps.direction == "depends_on"]
    clouds = on[on.kind == "clouds"]
    assert set(clouds.counterparty) == {"amazon"} and clouds.primary.all()
    capacity = clouds[clouds.relation == "provides_capacity"]
    assert set(zip(capacity.amount, capacity.qualifier, strict=True)) == {(5e9, "exact"), (5e9, "up_to")}
    assert set(on[on.kind == "chips"].counterparty) == {"trainium", "inferentia"}
    assert set(on[on.kind == "investors"].counterparty) == {"amazon"}
    assert deps.quote.str.len().min() > 10 and deps.document.str.endswith(".txt").all()


def test_dependency_matrix(g):
    matrix = g.dependency_matrix("AILab", "CloudProvider")
    assert {("anthropic", "amazon"), ("openai", "microsoft")} <= set(zip(matrix["from"], matrix["to"], strict=True))
    spend = matrix[(matrix["from"] == "anthropic") & (matrix.relation == "commits_spend")]
    assert set(spend.amount) == {1e11} and set(spend.qualifier) == {"exact", "more_than"}


def test_deals(g):
    deals = g.deals()
    investment = deals[deals.kind == "investment"]
    assert set(investment.parties) == {"amazon, anthropic", "microsoft, openai"}
    amazon = investment[investment.parties == "amazon, anthropic"]
    assert 8e9 in set(amazon.amount) and amazon.quote.notna().all()


def test_conflicts_keep_every_side_with_its_source(g):
    conflicts = g.conflicts()
    prior = conflicts[(conflicts.relation == "invests_in") & conflicts.amount.isin([4e9, 8e9])]
    assert set(prior.document) >= {"000_ebaea069aec4a017.txt", "002_6b64170c99e716e7.txt"}
    capacity = conflicts[conflicts.relation == "provides_capacity"]
    assert set(capacity.qualifier) == {"exact", "up_to"}


def test_cycles_and_paths(g):
    cycles = g.cycles()
    assert set(zip(cycles["from"], cycles["to"], cycles.relation, strict=True)) >= {
        ("amazon", "anthropic", "invests_in"), ("anthropic", "amazon", "commits_spend")}
    paths = g.paths("Amazon", "Claude", max_hops=2)
    assert list(paths.drop_duplicates(["path", "step"]).sort_values(["path", "step"]).iloc[:2]["to"]) == [
        "anthropic", "claude"]


def test_sparql_as_a_frame_and_read_only(g):
    frame = g.sparql("PREFIX dg: <https://dealgraph.org/ns#> SELECT DISTINCT ?o WHERE { GRAPH ?g "
                     "{ <https://dealgraph.org/id/entity/amazon> dg:invests_in ?o } }")
    assert list(frame.o) == ["https://dealgraph.org/id/entity/anthropic"]
    with pytest.raises(ReadOnlyQueryError):
        g.sparql("DELETE WHERE { ?s ?p ?o }")


def test_to_networkx_and_adding_an_article(tmp_path):
    local = graph.build_graph([SEEDS])
    network = local.to_networkx()
    assert isinstance(network, nx.MultiDiGraph) and network.nodes["anthropic"]["type"] == "AILab"
    claims = local.add("Nvidia will invest up to $100 billion in OpenAI.", name="nvidia.txt")
    assert [(c.relation, c.subject.id, c.figure.qualifier) for c in claims if c.figure] == [
        ("invests_in", "nvidia", "up_to")]
    assert "nvidia" in set(local.claims(document="nvidia.txt").subject)
    local.remove("nvidia.txt")
    assert local.claims(subject="anthropic").shape[0] > 0 and local.claims(document="nvidia.txt").empty
    stored = graph.open_graph(tmp_path / "store")
    stored.add(SEEDS / "004_3cfed80f6cb69321.txt")
    assert set(stored.claims().document) == {"004_3cfed80f6cb69321.txt"}


def test_claims_and_entities_render_as_html(g):
    claim = g.claim_list(relation="provides_capacity", document="001_fe4425cdedf7fed9.txt")[0]
    html = claim._repr_html_()
    assert "<mark" in html and "5 gigawatts" in html and "001_fe4425cdedf7fed9.txt" in html
    assert "up to" in html and "provides_capacity" in html
    assert "Amazon Web Services" in g.entity("AWS")._repr_html_()


def test_pictures(g, tmp_path):
    figure = g.plot_network()
    labels = {t.get_text() for t in figure.axes[0].texts}
    assert {"Anthropic", "Amazon", "Trainium"} <= labels
    page = g.network_html(tmp_path / "n.html").read_text(encoding="utf-8")
    assert "vis-network" in page and "Anthropic" in page and "5 gigawatts" in page
    bars = g.plot_commitments()
    spend, capacity = bars.axes
    assert [t.get_text() for t in spend.get_yticklabels()] == ["Amazon"]
    assert [p.get_width() for p in spend.patches] == [100.0] and [p.get_width() for p in capacity.patches] == [5.0]
    figure.savefig(tmp_path / "n.svg")
    assert (tmp_path / "n.svg").read_text().startswith("<?xml")
