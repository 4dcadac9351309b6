"""A client for a running dealgraph server with the same methods as ``DealGraph``, for REST users who
work in Python: ``graph.connect("http://127.0.0.1:8000").dependencies("Anthropic")``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from graph import frames
from graph.errors import DealgraphError, EntityNotFoundError, QueryError
from graph.model import Entity


class ServerError(DealgraphError):
    """The server answered with a problem (its RFC 9457 fields are on the exception)."""

    def __init__(self, problem: dict[str, Any]) -> None:
        super().__init__(f"{problem.get('title')}: {problem.get('detail')}")
        self.problem = problem


class RemoteGraph:
    """The graph a dealgraph server serves, asked in DataFrames like a local ``DealGraph``."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 30.0) -> None:
        import httpx

        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def _get(self, path: str, **params: Any) -> Any:
        response = self.http.get(path, params={k: v for k, v in params.items() if v is not None})
        return self._json(response)

    def _json(self, response: Any) -> Any:
        if response.status_code >= 400:
            problem = response.json() if "json" in response.headers.get("content-type", "") else {
                "title": "HTTP error", "detail": response.text, "status": response.status_code}
            if response.status_code == 404 and "entity" in problem.get("type", ""):
                raise EntityNotFoundError(problem.get("detail", ""))
            if response.status_code == 400:
                raise QueryError(problem.get("detail", ""))
            raise ServerError(problem)
        return response.json()

    def _pages(self, path: str, **params: Any) -> Iterator[Any]:
        cursor = None
        while True:
            body = self._get(path, limit=1000, cursor=cursor, **params)
            yield from body["items"]
            cursor = body["next_cursor"]
            if not cursor:
                return

    # ---- the same questions as DealGraph --------------------------------------------------------
    def add(self, text: str, name: str) -> Any:
        """Post an article (needs the server's API key); the new claims as a DataFrame."""
        body = self._json(self.http.post("/documents", json={"name": name, "text": text}))
        return frames.claims_frame(body["claims"])

    def remove(self, document: str) -> None:
        self._json(self.http.delete(f"/documents/{document}"))

    def claims(self, relation: str | None = None, subject: str | None = None, object: str | None = None,
               document: str | None = None, deal: str | None = None, min_amount: float | None = None,
               unit: str | None = None) -> Any:
        return frames.claims_frame(self._pages("/claims", relation=relation, subject=subject, object=object,
                                               document=document, deal=deal, min_amount=min_amount, unit=unit))

    def entities(self, type: str | None = None, q: str | None = None) -> Any:
        return frames.entities_frame(self._pages("/entities", type=type, q=q))

    def entity(self, reference: str) -> Entity:
        body = self._get(f"/entities/{reference}")
        parent = (body.get("parent") or {}).get("id")
        return Entity(body["id"], body["name"], tuple(body["types"]), tuple(body["aliases"]), parent)

    def dependencies(self, organisation: str) -> Any:
        return frames.dependencies_frame(self._get(f"/entities/{organisation}/dependencies"))

    def dependency_matrix(self, from_type: str = "AILab", to_type: str = "CloudProvider") -> Any:
        return frames.matrix_frame(self._pages("/dependencies", from_type=from_type, to_type=to_type))

    def deals(self) -> Any:
        return frames.deals_frame(self._pages("/deals"))

    def conflicts(self) -> Any:
        return frames.conflicts_frame(self._pages("/conflicts"))

    def paths(self, start: str, end: str, max_hops: int = 3) -> Any:
        return frames.paths_frame(self._pages("/paths", **{"from": start, "to": end, "max_hops": max_hops}))

    def cycles(self, max_length: int = 4, through: str | None = None) -> Any:
        return frames.cycles_frame(self._pages("/cycles", max_length=max_length, through=through))

    def sparql(self, query: str) -> Any:
        response = self.http.get("/sparql", params={"query": query},
                                 headers={"Accept": "application/sparql-results+json"})
        body = self._json(response)
        rows = [{name: value["value"] for name, value in binding.items()} for binding in body["results"]["bindings"]]
        return frames.sparql_frame(rows)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The served graph as a MultiDiGraph, built from its claims (nodes carry their primary type)."""
        graph = nx.MultiDiGraph()
        for claim in self._pages("/claims"):
            for end in (claim["subject"], claim["object"]):
                if end is not None and end["id"] not in graph:
                    graph.add_node(end["id"], name=end["name"], type=end["type"], types=end["type"], parent="")
            value = claim["value"] or {}
            attributes = {"relation": claim["relation"], "claim": claim["id"], "amount": value.get("amount") or 0.0,
                          "unit": value.get("unit") or "", "qualifier": value.get("qualifier") or "",
                          "deal": claim["deal"] or "", "document": claim["source"]["document"],
                          "quote": claim["source"]["quote"]}
            if claim["object"] is not None:
                graph.add_edge(claim["subject"]["id"], claim["object"]["id"], key=claim["id"], **attributes)
        return graph

    def plot_network(self, **options: Any) -> Any:
        from graph.plots import plot_network
        return plot_network(self.to_networkx(), **options)

    def plot_commitments(self) -> Any:
        from graph.plots import plot_commitments
        entities = {e["id"]: e for e in self._pages("/entities")}

        def party(entity_id: str) -> str:
            entity, parent = entities[entity_id], entities.get((entities[entity_id]["parent"] or {}).get("id", ""))
            division = set(entity["types"]) <= {"CloudProvider", "CloudService"}
            return parent["name"] if division and parent else entity["name"]
        return plot_commitments(self.claims(), {i: party(i) for i in entities})


def connect(url: str, api_key: str | None = None) -> RemoteGraph:
    """A client of the dealgraph server at ``url`` (writes need its ``api_key``)."""
    return RemoteGraph(url, api_key)
