import pytest
import rdflib
from rdflib.namespace import RDF, RDFS

from graph.vocab import DG, ENTITY_TYPES, RELATIONS, ontology_turtle


def test_the_closed_namespace_rejects_a_typo():
    assert DG.invests_in == rdflib.URIRef("https://dealgraph.org/ns#invests_in")
    with pytest.raises(AttributeError):
        _ = DG.invest_in


def test_the_turtle_vocabulary_declares_exactly_the_namespace_terms():
    graph = rdflib.Graph().parse(data=ontology_turtle(), format="turtle")
    declared = {s for s in graph.subjects(RDF.type, None) if str(s).startswith(str(DG))}
    assert declared == {DG[t] for t in dir(DG)}
    names = {str(s).split("#", 1)[1] for s in declared}
    assert set(RELATIONS) <= names
    assert set(ENTITY_TYPES) <= names
    for type_name in ENTITY_TYPES:
        assert (DG[type_name], RDFS.subClassOf, DG.Entity) in graph
    assert (DG.primary_cloud, RDFS.subPropertyOf, DG.uses_cloud) in graph
