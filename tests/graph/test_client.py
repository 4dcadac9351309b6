"""graph.connect(url): the same methods and frames against a real dealgraph server over HTTP."""

from __future__ import annotations

import pytest

import graph
from graph.errors import EntityNotFoundError
from tests.conftest import SEEDS
from tests.servers import dealgraph_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with dealgraph_server(tmp_path_factory.mktemp("served") / "store", api_key="k") as url:
        yield url


@pytest.mark.slow
def test_the_client_answers_as_the_local_graph_does(server):
    remote, local = graph.connect(server), graph.build_graph([SEEDS])
    for name, args in [("claims", {"relation": "invests_in"}), ("dependencies", {"organisation": "Anthropic"}),
                       ("conflicts", {}), ("cycles", {}), ("deals", {}), ("dependency_matrix", {}),
                       ("paths", {"start": "Amazon", "end": "Claude", "max_hops": 2})]:
        here, there = getattr(local, name)(**args), getattr(remote, name)(**args)
        key = [c for c in here.columns if c not in ("id", "deal", "start", "end")]
        assert sorted(map(str, here[key].values.tolist())) == sorted(map(str, there[key].values.tolist())), name
    assert set(remote.entities(type="AILab").id) == set(local.entities(type="AILab").id)
    assert remote.entity("AWS").parent == "amazon"
    assert list(remote.sparql("PREFIX dg: <https://dealgraph.org/ns#> SELECT DISTINCT ?o WHERE "
                              "{ <https://dealgraph.org/id/entity/amazon> dg:invests_in ?o }").o) == [
        "https://dealgraph.org/id/entity/anthropic"]
    assert remote.to_networkx().number_of_edges() == local.to_networkx().number_of_edges()
    with pytest.raises(EntityNotFoundError):
        remote.dependencies("nobody")


@pytest.mark.slow
def test_the_client_writes_with_the_key(server):
    writer = graph.connect(server, api_key="k")
    claims = writer.add("Oracle signed a $300 billion contract with OpenAI.", name="oracle.txt")
    triples = set(zip(claims.relation, claims.subject, claims.object, strict=True))
    assert ("commits_spend", "openai", "oracle") in triples
    writer.remove("oracle.txt")
    assert writer.claims(document="oracle.txt").empty
    with pytest.raises(graph.DealgraphError, match="Unauthorized"):
        graph.connect(server).add("x", name="y.txt")
