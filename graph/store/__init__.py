"""The graph store behind one small interface: embedded Oxigraph on disk by default.

``open_store(location)`` takes a directory (the embedded store, created if missing) or ``":memory:"``.
"""

from __future__ import annotations

from pathlib import Path

from graph.store.base import DocumentInfo, GraphStore
from graph.store.embedded import EmbeddedStore

DEFAULT_LOCATION = ".dealgraph"

__all__ = ["DEFAULT_LOCATION", "DocumentInfo", "EmbeddedStore", "GraphStore", "open_store"]


def open_store(location: str | Path | None = None) -> GraphStore:
    """Open the store at ``location``: a directory path, or ``":memory:"`` for a throwaway one.

    Args:
        location: where the store lives; defaults to ``.dealgraph`` in the working directory.
    """
    location = DEFAULT_LOCATION if location is None else location
    if str(location) == ":memory:":
        return EmbeddedStore(None)
    return EmbeddedStore(Path(location))
