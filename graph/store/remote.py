"""A remote store: any SPARQL 1.1 server (Query and Update protocols), e.g. ``oxigraph serve``.

Each document is a named graph there too; adding one is a single ``INSERT DATA`` request (one update
request is applied atomically), removing one a ``DROP GRAPH``. Reads use the same queries as the
embedded store (``GraphStore``), sent over HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx
from rdflib import Literal, URIRef

from graph.errors import QueryError, StoreError
from graph.rdf import Triple, document_iri
from graph.store.base import NUMERIC_TYPES, GraphStore, Row, refuse_updates

RDF_MEDIA = {"turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
OFFERED = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
           "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "application/json"]


def _value(binding: dict[str, Any] | None) -> Any:
    if binding is None:
        return None
    if binding["type"] == "literal" and binding.get("datatype") in NUMERIC_TYPES:
        return NUMERIC_TYPES[binding["datatype"]](binding["value"])
    return binding["value"]


class RemoteStore(GraphStore):
    """A SPARQL server at ``url``: queries go to ``url/query``, updates to ``url/update`` (Oxigraph's
    layout); pass ``query_url`` and ``update_url`` for servers laid out otherwise."""

    def __init__(self, url: str, query_url: str | None = None, update_url: str | None = None,
                 timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.query_url = query_url or f"{self.url}/query"
        self.update_url = update_url or f"{self.url}/update"
        self.http = httpx.Client(timeout=timeout)
        try:
            self._post(self.query_url, "query", "ASK {}", "application/sparql-results+json")
        except StoreError as error:
            raise StoreError(f"cannot reach the SPARQL server at {self.url}: {error}") from None

    def _post(self, url: str, field: str, text: str, accept: str | None = None) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        try:
            response = self.http.post(url, data={field: text}, headers=headers)
        except httpx.HTTPError as error:
            raise StoreError(f"{url}: {error}") from None
        if response.status_code == 400:
            raise QueryError(f"the SPARQL server refused the request: {response.text.strip()[:300]}")
        if response.status_code == 406:
            raise QueryError(f"cannot answer this query as {accept}; offered: {', '.join(OFFERED)}")
        if response.status_code >= 300:
            raise StoreError(f"{url} answered {response.status_code}: {response.text.strip()[:300]}")
        return response

    def select(self, query: str) -> list[Row]:
        body = self._post(self.query_url, "query", query, "application/sparql-results+json").json()
        names = body["head"]["vars"]
        return [{name: _value(row.get(name)) for name in names} for row in body["results"]["bindings"]]

    def construct(self, query: str, format: str) -> bytes:
        return self._post(self.query_url, "query", query, RDF_MEDIA[format]).content

    def sparql(self, query: str, accept: str = "") -> tuple[bytes, str]:
        refuse_updates(query)
        # Clients ask the union of all documents' graphs, as from the embedded store.
        url = f"{self.query_url}?union-default-graph"
        response = self._post(url, "query", query, accept or "application/sparql-results+json, text/turtle;q=0.9")
        return response.content, response.headers.get("content-type", "application/octet-stream").split(";")[0]

    def has_graph(self, document_id: str) -> bool:
        ask = f"ASK {{ GRAPH <{document_iri(document_id)}> {{ ?s ?p ?o }} }}"
        return bool(self._post(self.query_url, "query", ask, "application/sparql-results+json").json()["boolean"])

    def _insert_graph(self, document_id: str, triples: Iterable[Triple]) -> None:
        body = "\n".join(f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o in triples)
        self._post(self.update_url, "update", f"INSERT DATA {{ GRAPH <{document_iri(document_id)}> {{\n{body}\n}} }}")

    def _drop_graph(self, document_id: str) -> None:
        self._post(self.update_url, "update", f"DROP SILENT GRAPH <{document_iri(document_id)}>")

    def close(self) -> None:
        self.http.close()


def _n3(term: URIRef | Literal) -> str:
    return term.n3()
