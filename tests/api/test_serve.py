"""`dealgraph serve` as a real uvicorn process on a free port, queried over HTTP."""

from __future__ import annotations

import httpx
import pytest

from tests.servers import dealgraph_server


@pytest.mark.slow
def test_serve_builds_the_seed_graph_and_answers_over_http(tmp_path):
    with dealgraph_server(tmp_path / "store", api_key="served-key") as base:
        assert httpx.get(f"{base}/health").json()["documents"] == 5  # built from seeds/ on first start
        dependencies = httpx.get(f"{base}/entities/anthropic/dependencies").json()
        assert dependencies["depends_on"]["clouds"][0]["counterparty"]["id"] == "amazon"
        posted = httpx.post(f"{base}/documents", headers={"Authorization": "Bearer served-key"},
                            json={"name": "n.txt", "text": "Nvidia will invest up to $100 billion in OpenAI."})
        assert posted.status_code == 201
        claims = httpx.get(f"{base}/claims", params={"subject": "nvidia", "relation": "invests_in"}).json()
        assert claims["items"][0]["value"]["qualifier"] == "up_to"
        problem = httpx.get(f"{base}/entities/nobody")
        assert problem.status_code == 404 and problem.headers["content-type"] == "application/problem+json"
