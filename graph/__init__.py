"""dealgraph's library: a typed graph of AI-infrastructure deals in which every fact carries its source.

The data flows one way: document → extraction → claims → store → queries. For notebooks:

    >>> import graph
    >>> g = graph.build_graph(["seeds/"])          # in memory; or graph.open_graph(".dealgraph")
    >>> g.dependencies("Anthropic")                # a pandas DataFrame with quotes and documents
    >>> remote = graph.connect("http://127.0.0.1:8000")   # the same methods against a running server
"""

from graph.client import RemoteGraph, connect
from graph.deals import Conflict, find_conflicts
from graph.documents import document_from_text, read_document, read_documents
from graph.errors import DealgraphError, EntityNotFoundError, QueryError
from graph.explore import DealGraph, build_graph, open_graph
from graph.extract import extract_claims, get_extractor
from graph.model import Claim, Deal, Document, Entity, Figure, Source
from graph.projection import to_networkx
from graph.queries import GraphView
from graph.store import GraphStore, open_store

__all__ = [
    "Claim", "Conflict", "Deal", "DealGraph", "DealgraphError", "Document", "Entity", "EntityNotFoundError",
    "Figure", "GraphStore", "GraphView", "QueryError", "RemoteGraph", "Source", "build_graph", "connect",
    "document_from_text", "extract_claims", "find_conflicts", "get_extractor", "open_graph", "open_store",
    "read_document", "read_documents", "to_networkx",
]
