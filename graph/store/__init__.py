"""The graph store behind one small interface: embedded Oxigraph on disk by default, or a SPARQL server.

``open_store(location)`` takes a directory (the embedded store, created if missing), ``":memory:"``, or
the URL of a SPARQL 1.1 server (``http://…``), the scale-out path.
"""

from __future__ import annotations

from pathlib import Path

from graph.store.base import DocumentInfo, GraphStore
from graph.store.embedded import EmbeddedStore

DEFAULT_LOCATION = ".dealgraph"

__all__ = ["DEFAULT_LOCATION", "DocumentInfo", "EmbeddedStore", "GraphStore", "open_store"]


def open_store(location: str | Path | None = None) -> GraphStore:
    """Open the store at ``location``.

    Args:
        location: where the store lives: a directory (default ``.dealgraph`` in the working directory),
            ``":memory:"``, or a SPARQL server's URL (queries at URL/query, updates at URL/update).
    """
    location = DEFAULT_LOCATION if location is None else location
    if str(location) == ":memory:":
        return EmbeddedStore(None)
    if str(location).startswith(("http://", "https://")):
        from graph.store.remote import RemoteStore
        return RemoteStore(str(location))
    return EmbeddedStore(Path(location))
