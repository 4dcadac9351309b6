"""The library's public API for notebooks is a curated, pinned list."""

import graph

PUBLIC = [
    "Claim", "Conflict", "Deal", "DealGraph", "DealgraphError", "Document", "Entity", "EntityNotFoundError",
    "Figure", "GraphStore", "GraphView", "QueryError", "RemoteGraph", "Source", "build_graph", "connect",
    "document_from_text", "extract_claims", "find_conflicts", "get_extractor", "open_graph", "open_store",
    "read_document", "read_documents", "to_networkx",
]


def test_the_public_api_is_pinned():
    assert sorted(graph.__all__) == PUBLIC
    assert all(hasattr(graph, name) for name in PUBLIC)


def test_the_library_never_imports_the_service():
    import subprocess
    import sys

    code = ("import sys, graph, graph.explore, graph.client, graph.plots; "
            "print(any(m == 'api' or m.startswith('api.') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
