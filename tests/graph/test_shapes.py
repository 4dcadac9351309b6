import pyshacl
import pytest
import rdflib

from graph.vocab import DG, shapes_turtle

SHAPES = rdflib.Graph().parse(data=shapes_turtle(), format="turtle")


def _conforms(graph: rdflib.Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(graph, shacl_graph=SHAPES, inference="none")
    return conforms, text


@pytest.fixture(scope="module")
def seed_rdf(seed_store) -> rdflib.Graph:
    return rdflib.Graph().parse(data=seed_store.export("turtle"), format="turtle")


def test_the_seed_graph_conforms_to_the_shapes(seed_rdf):
    conforms, text = _conforms(seed_rdf)
    assert conforms, text


def test_the_shapes_catch_a_claim_without_its_quote(seed_rdf):
    broken = rdflib.Graph()
    for triple in seed_rdf:
        broken.add(triple)
    quote = next(seed_rdf.subjects(rdflib.URIRef("http://www.w3.org/ns/oa#exact"), None))
    broken.remove((quote, None, None))
    conforms, text = _conforms(broken)
    assert not conforms and "oa:exact" in text


def test_the_shapes_catch_an_unknown_hedge(seed_rdf):
    broken = rdflib.Graph()
    for s, p, o in seed_rdf:
        broken.add((s, p, DG.Claim if o == DG.up_to else o))
    conforms, text = _conforms(broken)
    assert not conforms and "qualifier" in text
