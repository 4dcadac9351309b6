"""The service's settings: the only place that reads the environment (variables prefixed DEALGRAPH_)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """How the service runs. Each field can be set as DEALGRAPH_<NAME> in the environment."""

    model_config = SettingsConfigDict(env_prefix="DEALGRAPH_", frozen=True)

    store: str = ".dealgraph"
    """The embedded store's directory (created if missing)."""
    seeds: Path = Path("seeds")
    """Articles to build the graph from when the store starts empty."""
    api_key: str | None = None
    """The bearer key that allows writes (POST/DELETE /documents); without one, writes are refused."""
    sparql_timeout: float = 10.0
    """Seconds a SPARQL query may run before the request is answered with 503."""
    max_upload_bytes: int = 5_000_000
    """The largest document a client may post."""
    answer_cache: bool = True
    """Serve answers already computed for this graph version ahead of routing (off: every request is routed)."""
