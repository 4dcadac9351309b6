import io

import networkx as nx

from graph.export import graphml
from graph.projection import to_networkx


def test_projection_has_typed_nodes_and_relation_edges_with_figures(seed_store):
    graph = to_networkx(seed_store.claims())
    assert graph.nodes["anthropic"]["type"] == "AILab"
    assert "CloudProvider" in graph.nodes["amazon-web-services"]["types"]
    edges = [d for _, _, d in graph.edges("amazon-web-services", data=True) if d["relation"] == "provides_capacity"]
    assert edges and edges[0]["amount"] == 5e9 and edges[0]["unit"] == "W"
    investments = {(d["amount"], d["qualifier"]) for _, v, d in graph.edges("amazon", data=True)
                   if v == "anthropic" and d["relation"] == "invests_in"}
    assert {(4e9, "exact"), (8e9, "exact"), (25e9, "up_to")} <= investments
    capex = graph.nodes["amazon"]["claims"]
    assert [c["relation"] for c in capex] == ["invests_in_infrastructure"]


def test_graphml_round_trips_through_networkx(seed_store):
    claims = seed_store.claims()
    graph = nx.read_graphml(io.BytesIO(graphml(claims)))
    assert graph.nodes["trainium"]["type"] == "Chip"
    assert graph.number_of_edges() == sum(1 for c in claims if c.object is not None)
