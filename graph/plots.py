"""Pictures of the deal graph: a network plot (PNG/SVG), an interactive HTML view, and a bar chart of
committed spend and capacity per cloud. Needs the ``notebook`` extra (matplotlib; pyvis for HTML)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx

from graph.display import _COLORS
from graph.errors import DealgraphError

ORGANISATIONS = ("AILab", "CloudProvider", "ChipMaker", "Investor")
RELATION_COLORS = {"invests_in": "#e7298a", "commits_spend": "#1b9e77", "provides_capacity": "#66c2a5",
                   "supplies_chips": "#7570b3", "uses_chip": "#b3b3b3", "makes_chip": "#cccccc",
                   "uses_cloud": "#a6d854", "primary_cloud": "#4daf4a", "partners_with": "#999999"}


def _pyplot() -> Any:
    try:
        import matplotlib
        if matplotlib.get_backend().lower() not in ("module://matplotlib_inline.backend_inline", "inline"):
            matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover
        raise DealgraphError("plots need matplotlib: pip install 'dealgraph[notebook]'") from None
    return plt


def _weights(graph: nx.MultiDiGraph) -> dict[tuple[str, str], float]:
    """Width of each edge pair: the largest money (log) or power figure on it, else 1."""
    widths: dict[tuple[str, str], float] = {}
    for u, v, data in graph.edges(data=True):
        amount, unit = data.get("amount") or 0.0, data.get("unit")
        width = 1.0
        if unit == "USD" and amount > 0:
            width = 1 + math.log10(max(amount / 1e8, 1))  # $100 million → 1, $100 billion → 4
        elif unit == "W" and amount > 0:
            width = 1 + math.log10(max(amount / 1e8, 1)) * 1.5
        widths[(u, v)] = max(widths.get((u, v), 1.0), width)
    return widths


def _separate(position: dict[str, Any], min_distance: float = 0.16, rounds: int = 60, seed: int = 7) -> dict:
    """Push apart nodes closer than ``min_distance`` (two chips of one maker land on one spot), leaving
    the rest of the layout as it is."""
    import random

    rng = random.Random(seed)
    points = {n: [float(x), float(y)] for n, (x, y) in position.items()}
    names = list(points)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                dx, dy = points[b][0] - points[a][0], points[b][1] - points[a][1]
                distance = math.hypot(dx, dy)
                if distance < min_distance:
                    if distance < 1e-9:
                        dx, dy, distance = rng.uniform(-1, 1), rng.uniform(-1, 1), 1.0
                    push = (min_distance - min(distance, min_distance)) / 2
                    ux, uy = dx / math.hypot(dx, dy), dy / math.hypot(dx, dy)
                    points[a][0] -= ux * push
                    points[a][1] -= uy * push
                    points[b][0] += ux * push
                    points[b][1] += uy * push
                    moved = True
        if not moved:
            break
    return {n: tuple(p) for n, p in points.items()}


def plot_network(graph: nx.MultiDiGraph, types: tuple[str, ...] = ORGANISATIONS + ("Chip",),
                 relations: tuple[str, ...] = tuple(RELATION_COLORS), title: str = "AI-infrastructure deals",
                 seed: int = 7) -> Any:
    """A matplotlib Figure of the network: organisations (and chips) coloured by type, edges coloured by
    relation, wider for larger money or power figures. Shows as PNG (or SVG) in a notebook."""
    plt = _pyplot()
    keep = [n for n, d in graph.nodes(data=True) if set(d.get("types", "").split(",")) & set(types)]
    sub = nx.DiGraph()
    for n in keep:
        sub.add_node(n, **graph.nodes[n])
    for u, v, data in graph.edges(data=True):
        if u in sub and v in sub and data["relation"] in relations and not sub.has_edge(u, v):
            sub.add_edge(u, v, relation=data["relation"])
    widths = _weights(graph)
    figure, axes = plt.subplots(figsize=(10, 7))
    # Kamada-Kawai places nodes by graph distance (neighbours close, labels apart); components that are
    # not connected get their own spots.
    position = nx.kamada_kawai_layout(sub, pos=nx.circular_layout(sub)) if len(sub) > 2 else nx.circular_layout(sub)
    position = _separate(position, seed=seed)
    colors = [_COLORS.get(sub.nodes[n].get("type", ""), "#888") for n in sub]
    nx.draw_networkx_nodes(sub, position, node_color=colors, node_size=900, alpha=0.9, ax=axes)
    nx.draw_networkx_labels(sub, position, labels={n: sub.nodes[n].get("name", n) for n in sub}, font_size=8,
                            ax=axes)
    for relation in relations:
        edges = [(u, v) for u, v, d in sub.edges(data=True) if d["relation"] == relation]
        if edges:
            nx.draw_networkx_edges(sub, position, edgelist=edges, width=[widths.get(e, 1.0) for e in edges],
                                   edge_color=RELATION_COLORS[relation], arrows=True, arrowsize=14,
                                   connectionstyle="arc3,rad=0.08", ax=axes, node_size=900)
    handles = [plt.Line2D([], [], color=c, lw=3, label=r) for r, c in RELATION_COLORS.items()
               if any(d["relation"] == r for _, _, d in sub.edges(data=True))]
    handles += [plt.Line2D([], [], marker="o", ls="", color=_COLORS[t], label=t, markersize=9) for t in types
                if any(sub.nodes[n].get("type") == t for n in sub)]
    axes.legend(handles=handles, loc="lower left", fontsize=7, frameon=False)
    axes.set_title(title)
    axes.axis("off")
    figure.tight_layout()
    plt.close(figure)  # shown once, by the notebook displaying the returned Figure
    return figure


def network_html(graph: nx.MultiDiGraph, path: str | Path = "network.html") -> Path:
    """An interactive view (drag, zoom, hover for the quotes) written as one self-contained HTML file."""
    try:
        from pyvis.network import Network
    except ImportError:  # pragma: no cover
        raise DealgraphError("the HTML view needs pyvis: pip install 'dealgraph[notebook]'") from None
    view = Network(height="640px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        view.add_node(node, label=data.get("name", node), color=_COLORS.get(data.get("type", ""), "#888"),
                      title=f"{data.get('name', node)} ({data.get('types', '')})")
    widths = _weights(graph)
    for u, v, data in graph.edges(data=True):
        figure = f" {data['qualifier']} {data['amount']:,.0f} {data['unit']}" if data.get("unit") else ""
        view.add_edge(u, v, color=RELATION_COLORS.get(data["relation"], "#bbbbbb"), width=widths.get((u, v), 1.0),
                      title=f"{data['relation']}{figure}\n“{data['quote']}” ({data['document']})")
    path = Path(path)
    path.write_text(view.generate_html(), encoding="utf-8")
    return path


def plot_commitments(claims: Any, party_of: dict[str, str] | None = None) -> Any:
    """Bars of committed spend (USD) and provided capacity (W) per cloud, from a claims DataFrame: the
    largest figure any source gives (a ceiling counts as its amount). ``party_of`` maps an entity id to
    the name it is counted under (a cloud division under its parent: AWS under Amazon)."""
    plt = _pyplot()
    party_of = party_of or {}
    spend = claims[(claims.relation == "commits_spend") & (claims.unit == "USD")]
    capacity = claims[(claims.relation == "provides_capacity") & (claims.unit == "W")]
    def party(entity_id: str) -> str:
        return party_of.get(entity_id, entity_id)
    per_cloud_spend = spend.assign(cloud=spend.object.map(party)).groupby("cloud")["amount"].max()
    per_cloud_capacity = capacity.assign(cloud=capacity.subject.map(party)).groupby("cloud")["amount"].max()
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.2))
    (per_cloud_spend / 1e9).sort_values().plot.barh(ax=left, color="#1b9e77")
    left.set_title("committed spend, $ billion")
    left.set_ylabel("")
    (per_cloud_capacity / 1e9).sort_values().plot.barh(ax=right, color="#66c2a5")
    right.set_title("capacity provided, GW")
    right.set_ylabel("")
    figure.tight_layout()
    plt.close(figure)
    return figure
