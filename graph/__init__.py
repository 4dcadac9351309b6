"""dealgraph's library: a typed graph of AI-infrastructure deals in which every fact carries its source.

The data flows one way: document → extraction → claims → store → queries.
"""

from graph.deals import Conflict, find_conflicts
from graph.documents import document_from_text, read_document, read_documents
from graph.errors import DealgraphError
from graph.extract import extract_claims, get_extractor
from graph.model import Claim, Deal, Document, Entity, Figure, Source
from graph.projection import to_networkx
from graph.store import GraphStore, open_store

__all__ = [
    "Claim", "Conflict", "Deal", "DealgraphError", "Document", "Entity", "Figure", "GraphStore", "Source",
    "document_from_text", "extract_claims", "find_conflicts", "get_extractor", "open_store", "read_document",
    "read_documents", "to_networkx",
]
