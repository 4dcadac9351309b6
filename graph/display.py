"""Rich HTML for Jupyter: a claim shows its quote with the figure highlighted and its document."""

from __future__ import annotations

import html
import re

from graph.model import Claim, Entity

_FIGURE = re.compile(r"(?:US)?\$\s?[\d.,]+\s*(?:trillion|billion|million|bn|mn|[bmk])?\b|[\d.,]+\s*(?:-|\s)?"
                     r"(?:gigawatts?|megawatts?|GW|MW)|[\d.,]+\s+(?:million\s+|thousand\s+)?(?:\w+\s+){0,3}?"
                     r"(?:GPUs|chips|TPUs|accelerators)", re.I)
_COLORS = {"AILab": "#d95f02", "CloudProvider": "#1b9e77", "ChipMaker": "#7570b3", "Investor": "#e7298a",
           "Company": "#666666", "Chip": "#66a61e", "AIModel": "#e6ab02", "CloudService": "#a6761d",
           "DataCenter": "#1f78b4", "Government": "#b15928"}


def entity_html(entity: Entity) -> str:
    color = _COLORS.get(entity.type, "#444")
    aliases = f" <small>({html.escape(', '.join(entity.aliases))})</small>" if entity.aliases else ""
    parent = f" <small>part of <code>{html.escape(entity.parent)}</code></small>" if entity.parent else ""
    return (f'<span style="border-left:4px solid {color};padding-left:6px"><b>{html.escape(entity.name)}</b>'
            f' <small style="color:{color}">{" · ".join(entity.types)}</small>{aliases}{parent}</span>')


def claim_html(claim: Claim) -> str:
    quote = html.escape(claim.source.quote)
    quote = _FIGURE.sub(lambda m: f'<mark style="background:#ffe08a">{m.group()}</mark>', quote)
    figure = ""
    if claim.figure is not None:
        f = claim.figure
        hedge = "" if f.qualifier == "exact" else f.qualifier.replace("_", " ") + " "
        figure = f" · <b>{hedge}{f.amount:,.0f} {f.unit}</b>"
    target = entity_html(claim.object) if claim.object else "—"
    return (f'<div style="margin:4px 0;font-family:sans-serif">{entity_html(claim.subject)} '
            f'<code>{claim.relation}</code> {target}{figure}<br>'
            f'<q style="color:#333">{quote}</q> <small>— {html.escape(claim.source.document_name)} '
            f'[{claim.source.start}:{claim.source.end}]</small></div>')
