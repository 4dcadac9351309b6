"""A real app over a real on-disk store built from the seeds (TestClient drives it in-process)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from tests.conftest import SEEDS

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """Read-only use: the seed graph, built on first start from seeds/."""
    settings = Settings(store=str(tmp_path_factory.mktemp("api-store")), seeds=SEEDS, api_key=KEY)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture()
def writer(tmp_path: Path) -> TestClient:
    """A fresh seed graph that tests may change."""
    settings = Settings(store=str(tmp_path / "store"), seeds=SEEDS, api_key=KEY)
    with TestClient(create_app(settings)) as test_client:
        yield test_client
