"""Relationship questions over the deal graph, answered from an in-memory view of the stored claims.

The graph changes only when a document is added or removed, so a ``GraphView`` is built once per
version of the store (``GraphView.build(store)``) and every question is answered from its indexes:
entities by id and alias, claims by party, deals, conflicts, the dependency edges of each organisation,
and the networkx projection for paths and money-flow cycles. Answers are plain dicts and lists (JSON-ready).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import networkx as nx

from graph.claims_json import claim_to_dict, entity_ref
from graph.deals import Conflict, deal_of, deal_party, find_conflicts
from graph.errors import DocumentNotFoundError, EntityNotFoundError, QueryError
from graph.model import Claim, Entity
from graph.projection import to_networkx
from graph.store.base import DocumentInfo, GraphStore

# What an organisation depends on: (relation, the organisation's side, kind of dependency).
# "subject" means the organisation is the claim's subject and depends on the object, and so on.
DEPENDS_ON = {
    ("commits_spend", "subject"): "clouds", ("uses_cloud", "subject"): "clouds",
    ("primary_cloud", "subject"): "clouds", ("provides_capacity", "object"): "clouds",
    ("uses_chip", "subject"): "chips", ("supplies_chips", "object"): "chips",
    ("invests_in", "object"): "investors",
}
DEPENDED_ON_BY = {
    ("commits_spend", "object"): "customers", ("uses_cloud", "object"): "customers",
    ("primary_cloud", "object"): "customers", ("provides_capacity", "subject"): "customers",
    ("uses_chip", "object"): "chip_users", ("supplies_chips", "subject"): "chip_customers",
    ("invests_in", "subject"): "investees", ("makes_chip", "subject"): "chips_made",
}
# Money-flow direction of each relation that moves money: (payer side, payee side).
MONEY_FLOWS = {"invests_in": ("subject", "object"), "commits_spend": ("subject", "object"),
               "supplies_chips": ("object", "subject")}


def source_dict(claim: Claim) -> dict[str, Any]:
    s = claim.source
    return {"claim": claim.id, "document": s.document_name, "document_id": s.document, "start": s.start,
            "end": s.end, "quote": s.quote}


def figures_by_hedge(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """The distinct figures of some claims (relation, amount, unit, hedge), each with its sources."""
    grouped: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.figure is not None:
            f = claim.figure
            grouped[(claim.relation, f.amount, f.unit, f.qualifier)].append(claim)
    ordered = sorted(grouped.items(), key=lambda kv: (kv[0][0], -kv[0][1]))
    return [{"relation": relation, "amount": amount, "unit": unit, "qualifier": qualifier,
             "sources": [source_dict(c) for c in cs]} for (relation, amount, unit, qualifier), cs in ordered]


@dataclass
class GraphView:
    """Everything stored, indexed for the questions dealgraph answers."""

    claims: list[Claim]
    entities: dict[str, Entity]
    documents: list[DocumentInfo]
    version: str = ""
    _by_entity: dict[str, list[Claim]] = field(default_factory=dict, repr=False)
    _aliases: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, store: GraphStore, version: str = "") -> GraphView:
        """A view of everything the store holds now."""
        return cls.from_claims(store.claims(), store.documents(), version)

    @classmethod
    def from_claims(cls, claims: list[Claim], documents: list[DocumentInfo] | None = None,
                    version: str = "") -> GraphView:
        entities: dict[str, Entity] = {}
        by_entity: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            for entity in (claim.subject, claim.object):
                if entity is not None:
                    entities.setdefault(entity.id, entity)
                    by_entity[entity.id].append(claim)
        aliases: dict[str, str] = {}
        for entity in entities.values():
            for name in (entity.id, entity.name, *entity.aliases):
                aliases.setdefault(name.casefold(), entity.id)
        return cls(claims, entities, documents or [], version, dict(by_entity), aliases)

    # ---- entities ------------------------------------------------------------------------
    def resolve(self, reference: str) -> Entity:
        """The entity whose id, name or alias is ``reference`` (case-insensitive)."""
        entity_id = self._aliases.get(reference.casefold())
        if entity_id is None:
            raise EntityNotFoundError(f"no entity has the id, name or alias {reference!r}; GET /entities lists them")
        return self.entities[entity_id]

    def subsidiaries(self, entity_id: str) -> list[Entity]:
        return sorted((e for e in self.entities.values() if e.parent == entity_id), key=lambda e: e.id)

    def entity_summary(self, entity: Entity) -> dict[str, Any]:
        claims = self._by_entity.get(entity.id, [])
        counts: dict[str, int] = defaultdict(int)
        for claim in claims:
            counts[claim.relation] += 1
        parent = self.entities.get(entity.parent) if entity.parent else None
        return {
            "id": entity.id, "name": entity.name, "type": entity.type, "types": list(entity.types),
            "aliases": list(entity.aliases),
            "parent": entity_ref(parent) if parent else ({"id": entity.parent} if entity.parent else None),
            "subsidiaries": [entity_ref(e) for e in self.subsidiaries(entity.id)],
            "claims": len(claims), "claims_by_relation": dict(sorted(counts.items())),
            "documents": len({c.source.document for c in claims}),
        }

    def find_entities(self, type: str | None = None, q: str | None = None) -> list[Entity]:
        """Entities, optionally of one type and whose name or alias contains ``q``, most claimed first."""
        found = [e for e in self.entities.values() if type is None or type in e.types]
        if q:
            needle = q.casefold()
            found = [e for e in found if any(needle in n.casefold() for n in (e.id, e.name, *e.aliases))]
        return sorted(found, key=lambda e: (-len(self._by_entity.get(e.id, [])), e.id))

    # ---- claims and relationships ---------------------------------------------------------
    def find_claims(self, relation: str | None = None, subject: str | None = None, object: str | None = None,
                    document: str | None = None, deal: str | None = None, min_amount: float | None = None,
                    unit: str | None = None) -> list[Claim]:
        """Claims matching every filter given; entities by id or alias, documents by id or file name."""
        pool = self.claims
        subject_id = self.resolve(subject).id if subject else None
        object_id = self.resolve(object).id if object else None
        if subject_id or object_id:
            pool = self._by_entity.get(subject_id or object_id or "", [])
        out = []
        for c in pool:
            if relation and c.relation != relation:
                continue
            if subject_id and c.subject.id != subject_id:
                continue
            if object_id and (c.object is None or c.object.id != object_id):
                continue
            if document and document not in (c.source.document, c.source.document_name):
                continue
            if deal and c.deal != deal:
                continue
            if unit and (c.figure is None or c.figure.unit != unit):
                continue
            if min_amount is not None and (c.figure is None or c.figure.amount < min_amount):
                continue
            out.append(c)
        return out

    def relationships(self, reference: str, relation: str | None = None, direction: str = "both") -> list[dict]:
        """The edges of an entity, one per (relation, direction, other party), each with its claims."""
        if direction not in ("out", "in", "both"):
            raise QueryError(f"direction must be out, in or both, not {direction!r}")
        entity = self.resolve(reference)
        edges: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in self._by_entity.get(entity.id, []):
            if relation and claim.relation != relation:
                continue
            outgoing = claim.subject.id == entity.id
            if (direction == "out" and not outgoing) or (direction == "in" and outgoing):
                continue
            other = claim.object if outgoing else claim.subject
            edges[(claim.relation, "out" if outgoing else "in", other.id if other else None)].append(claim)
        return [{
            "relation": rel, "direction": way, "other": entity_ref(self.entities.get(other)) if other else None,
            "claims": [claim_to_dict(c) for c in cs], "figures": figures_by_hedge(cs),
            "sources": len({(c.source.document, c.source.start) for c in cs}),
        } for (rel, way, other), cs in sorted(edges.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))]

    # ---- dependencies -----------------------------------------------------------------------
    def _family_ids(self, entity: Entity) -> set[str]:
        """The organisation with its divisions (Amazon with AWS), whose claims speak for it."""
        return {entity.id} | {e.id for e in self.subsidiaries(entity.id) if deal_party(e) == entity.id}

    def dependencies(self, reference: str) -> dict[str, Any]:
        """What an organisation depends on (clouds, chips, investors) and who depends on it, each
        counterparty with its figures by hedge, how many sources say so, and the sources."""
        entity = self.resolve(reference)
        ours = self._family_ids(entity)
        on: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        by: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for entity_id in ours:
            for claim in self._by_entity.get(entity_id, []):
                side = "subject" if claim.subject.id in ours else "object"
                other = claim.object if side == "subject" else claim.subject
                if other is None or other.id in ours:
                    continue
                key = other.id if "Chip" in other.types else deal_party(other)
                if kind := DEPENDS_ON.get((claim.relation, side)):
                    on[kind][key].append(claim)
                if kind := DEPENDED_ON_BY.get((claim.relation, side)):
                    by[kind][key].append(claim)
        return {"entity": entity_ref(entity), "members": sorted(ours),
                "depends_on": {kind: self._counterparties(groups) for kind, groups in sorted(on.items())},
                "depended_on_by": {kind: self._counterparties(groups) for kind, groups in sorted(by.items())}}

    def _counterparties(self, groups: dict[str, list[Claim]]) -> list[dict[str, Any]]:
        out = []
        for key, claims in groups.items():
            party = self.entities.get(key)
            via = sorted({e.id for c in claims for e in (c.subject, c.object) if e is not None and
                          (e.id == key or deal_party(e) == key)})
            out.append({
                "counterparty": entity_ref(party) if party else {"id": key, "name": key, "type": "Company"},
                "via": via,
                "relations": sorted({c.relation for c in claims}),
                "primary": any(c.relation == "primary_cloud" for c in claims),
                "figures": figures_by_hedge(claims),
                "sources": len({(c.source.document, c.source.start) for c in claims}),
                "documents": len({c.source.document for c in claims}),
                "claims": [source_dict(c) | {"relation": c.relation} for c in claims],
            })
        return sorted(out, key=lambda d: (-d["sources"], d["counterparty"]["id"]))

    def dependency_matrix(self, from_type: str = "AILab", to_type: str = "CloudProvider") -> list[dict[str, Any]]:
        """Every dependency edge from an entity of ``from_type`` to a counterparty of ``to_type``."""
        edges = []
        for entity in self.find_entities(type=from_type):
            for kind, parties in self.dependencies(entity.id)["depends_on"].items():
                for party in parties:
                    target = self.entities.get(party["counterparty"]["id"])
                    types = set(target.types) if target else set()
                    members = {self.entities[v].type for v in party["via"] if v in self.entities}
                    if to_type in types or to_type in members:
                        edges.append({"from": entity_ref(entity), "to": party["counterparty"], "kind": kind,
                                      **{k: party[k] for k in ("via", "relations", "primary", "figures", "sources")}})
        return edges

    # ---- deals and conflicts ----------------------------------------------------------------
    @cached_property
    def deals(self) -> dict[str, dict[str, Any]]:
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            if claim.deal:
                grouped[claim.deal].append(claim)
        out = {}
        for deal_id, claims in grouped.items():
            deal = deal_of(claims[0])
            assert deal is not None
            dates = sorted({c.date for c in claims if c.date})
            out[deal_id] = {
                "id": deal_id, "kind": deal.kind,
                "parties": [entity_ref(self.entities[p]) if p in self.entities else {"id": p} for p in deal.parties],
                "date": dates[0] if dates else None, "dates": dates,
                "relations": sorted({c.relation for c in claims}),
                "figures": figures_by_hedge(claims),
                "documents": sorted({c.source.document_name for c in claims}),
                "claims": len(claims),
            }
        return dict(sorted(out.items(), key=lambda kv: (-len(grouped[kv[0]]), kv[0])))

    @cached_property
    def conflicts(self) -> list[Conflict]:
        return find_conflicts(self.claims)

    def conflict_dicts(self) -> list[dict[str, Any]]:
        return [{
            "deal": c.deal, "relation": c.relation, "subject": entity_ref(c.subject), "object": entity_ref(c.object),
            "figures": [{"amount": f.amount, "unit": f.unit, "qualifier": f.qualifier,
                         "sources": [source_dict(x) for x in claims]} for f, claims in c.sides],
        } for c in self.conflicts]

    # ---- paths and cycles -------------------------------------------------------------------
    @cached_property
    def network(self) -> nx.MultiDiGraph:
        return to_networkx(self.claims)

    @cached_property
    def _undirected(self) -> nx.Graph:
        simple = nx.Graph()
        for s, o, key in self.network.edges(keys=True):
            if simple.has_edge(s, o):
                simple[s][o]["claims"].append(key)
            else:
                simple.add_edge(s, o, claims=[key])
        return simple

    @cached_property
    def _claim_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    def paths(self, start: str, end: str, max_hops: int = 3, limit: int = 10) -> list[list[dict[str, Any]]]:
        """The shortest connections between two entities (at most ``max_hops`` edges), with the claims
        on each edge."""
        if not 1 <= max_hops <= 6:
            raise QueryError(f"max_hops must be between 1 and 6, not {max_hops}")
        a, b = self.resolve(start).id, self.resolve(end).id
        graph = self._undirected
        if a not in graph or b not in graph or a == b:
            return []
        try:
            found = []
            for path in nx.all_shortest_paths(graph, a, b):
                if len(path) - 1 > max_hops:
                    break
                found.append(self._path_steps(path))
                if len(found) == limit:
                    break
            return found
        except nx.NetworkXNoPath:
            return []

    def _path_steps(self, path: list[str]) -> list[dict[str, Any]]:
        steps = []
        for u, v in zip(path, path[1:], strict=False):
            claims = [self._claim_by_id[k] for k in self._undirected[u][v]["claims"]]
            steps.append({"from": entity_ref(self.entities[u]), "to": entity_ref(self.entities[v]),
                          "relations": sorted({c.relation for c in claims}),
                          "claims": [claim_to_dict(c) for c in claims]})
        return steps

    @cached_property
    def _money(self) -> nx.MultiDiGraph:
        """Who pays whom: investments, spend commitments and chip purchases, between deal parties."""
        money = nx.MultiDiGraph()
        for claim in self.claims:
            sides = MONEY_FLOWS.get(claim.relation)
            if sides is None or claim.object is None:
                continue
            ends = {"subject": claim.subject, "object": claim.object}
            payer, payee = deal_party(ends[sides[0]]), deal_party(ends[sides[1]])
            if payer != payee:
                money.add_edge(payer, payee, key=claim.id, relation=claim.relation)
        return money

    def cycles(self, max_length: int = 4, through: str | None = None) -> list[dict[str, Any]]:
        """Money-flow cycles (A invests in B, B spends on A's cloud), each step with its figures."""
        if not 2 <= max_length <= 6:
            raise QueryError(f"max_length must be between 2 and 6, not {max_length}")
        money = nx.DiGraph(self._money)
        if through is not None:
            node = deal_party(self.resolve(through))
            loops: Iterator[list[str]] = (c for c in nx.simple_cycles(money, length_bound=max_length) if node in c)
        else:
            loops = nx.simple_cycles(money, length_bound=max_length)
        out = []
        for loop in loops:
            start = loop.index(min(loop))  # one canonical rotation per cycle
            loop = loop[start:] + loop[:start]
            steps = []
            for u, v in zip(loop, loop[1:] + loop[:1], strict=True):
                claims = [self._claim_by_id[k] for k in self._money[u][v]]
                steps.append({
                    "from": entity_ref(self.entities.get(u)) or {"id": u},
                    "to": entity_ref(self.entities.get(v)) or {"id": v},
                    "relations": sorted({c.relation for c in claims}),
                    "via": sorted({e.id for c in claims for e in (c.subject, c.object) if e is not None}),
                    "figures": figures_by_hedge(claims),
                    "sources": len(claims),
                })
            out.append({"entities": loop, "length": len(loop), "steps": steps})
        return sorted(out, key=lambda c: (c["length"], c["entities"]))

    # ---- documents --------------------------------------------------------------------------
    def document_info(self, reference: str) -> DocumentInfo:
        for info in self.documents:
            if reference in (info.id, info.name):
                return info
        raise DocumentNotFoundError(f"no stored document has the id or file name {reference!r}", path=reference)

    def document_claims(self, document_id: str) -> list[Claim]:
        return [c for c in self.claims if c.source.document == document_id]
