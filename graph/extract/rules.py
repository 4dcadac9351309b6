"""The rule-based extractor: sentences → mentions → figures → relations → claims.

Deterministic and offline: what it knows of the field is the reference list (a data file), and
what it reads is the shape of each sentence, so it works on articles and names it has never seen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from graph.extract.context import AND_BEFORE, NAMES_A_DEAL, Found, Sentence
from graph.extract.figure_relations import FigureRelations, points_back_at_deal
from graph.extract.figures import find_figures
from graph.extract.lazy import lazy
from graph.extract.link_relations import LinkRelations, chip_maker_of
from graph.extract.mentions import FRONTED_LEAD, Mention, MentionFinder, pronouns, resolve_pronoun
from graph.extract.reference import Reference, load_reference
from graph.extract.sentences import sentences
from graph.extract.speakers import company_voices, first_person, letter_voices, quote_voices
from graph.model import Claim, Document, Entity, Figure
from graph.vocab import RELATIONS

# A phrase of time or place a sentence may open with before its subject
_LEAD_IN = re.compile(r"(?:In|Over|During|Since|Last|This|Earlier|Later|By|For|Within)\s+(?:[\w\-]+\s+){0,4}?(?:[\w\-]+,?\s+)")


class RuleExtractor:
    """Reads claims from a document with patterns over sentence structure and a reference list."""

    name = "rules"
    version = "1"

    def __init__(self, reference_files: Iterable[Path] = ()) -> None:
        self.reference: Reference = load_reference(*reference_files)

    @property
    def label(self) -> str:
        return f"{self.name}/{self.version}"

    @lazy
    def _listed_owners(self) -> dict[str, Entity]:
        return {known.entity.id: owner.entity for known in self.reference.by_id.values()
                if known.owner and (owner := self.reference.get(known.owner)) is not None}

    def family(self, entity_id: str) -> frozenset[str]:
        return self.reference.family(entity_id)

    def extract(self, document: Document) -> list[Claim]:
        """Every claim the document states, each with its exact source span."""
        # Rules read a copy with Markdown markup blanked out (same length, so offsets hold); quotes come
        # from the document's own text.
        text = without_markup(document.text)
        finder = MentionFinder(self.reference)
        mentions = finder.find(text)
        # Entities discovered later in the text (after a suffix or apposition) are final only now.
        mentions = [self._final(m, finder) for m in mentions]
        # In a transcript, or a quote its executive says, a company's own "we" and "us" name it ("Meta has agreed to
        # spend $20 billion with us").
        voices = company_voices(text, mentions) + quote_voices(text, mentions) + letter_voices(text, mentions)
        if voices:
            spoken = [Mention(s, e, company, "pronoun", text[s:e].lower() == "our")
                      for s, e, company in first_person(text, 0, len(text), voices)]
            mentions = sorted(mentions + spoken, key=lambda m: m.start)
        topic = self._topic(mentions)
        figure_rules = FigureRelations(self.family, chip_maker_of(self.reference))
        # the sites the list knows the owner of ("Colossus 2, in Memphis, is planned for about 1 gigawatt": xAI's), until
        # the text names another builder
        figure_rules.owners.update(self._listed_owners)
        link_rules = LinkRelations(self.reference, self.family, figure_rules.owners)
        found: list[Found] = []
        previous: Sentence | None = None
        cursor = 0
        for span in sentences(text):
            in_sentence = []
            while cursor < len(mentions) and mentions[cursor].start < span.end:
                if mentions[cursor].start >= span.start:
                    in_sentence.append(mentions[cursor])
                cursor += 1
            named = bool(in_sentence) or points_back_at_deal(text, span.start, span.end)
            if not named and not _DIGIT.search(text, span.start, span.end):
                continue  # names nothing and points back at no deal: no relation to read
            figures = find_figures(text, span.start, span.end,
                                   chips_before=previous is not None and any(f.unit == "chips" for f in previous.figures))
            if not named and not (any(f.is_deal for f in figures) and pronouns(text, span.start, span.end)):
                continue  # only "it" names a party: worth reading for a deal's figure ("It committed $2 billion in 2023")
            in_sentence = self._with_pronouns(text, span.start, span.end, in_sentence, previous)
            sentence = Sentence(text, span, in_sentence, figures, previous, topic)
            found.extend(figure_rules.find(sentence))
            links = list(link_rules.find(sentence))
            for f in links:
                if f.relation == "builds_datacenter" and f.object is not None:
                    figure_rules.owners[f.object.id] = f.subject
                if f.relation == "supplies_chips" and f.object is not None:
                    figure_rules.supplied[f.subject.id] = f.object
                if f.relation == "invests_in" and f.object is not None and figure_rules.last_round is None:
                    # "Mistral AI was backed by ASML, which led a €1.7 billion round. Nvidia also invested."
                    figure_rules.last_round = (f.object, sentence)
            found.extend(links)
            previous = sentence
        return self._claims(document, _body_over_headline(text, found))

    def _final(self, mention: Mention, finder: MentionFinder) -> Mention:
        if mention.kind == "candidate" and mention.entity.id in finder.discovered:
            return replace(mention, entity=finder.discovered[mention.entity.id], kind="name")
        return mention

    def _topic(self, mentions: list[Mention]) -> list[Entity]:
        """The document's main organisations, most mentioned first (what "the deal" is between)."""
        counts = Counter(m.entity.id for m in mentions if m.is_org and m.kind == "name")
        entities = {m.entity.id: m.entity for m in mentions}
        top: list[Entity] = []
        for entity_id, count in counts.most_common():
            if count < 2 or len(top) == 3:
                break
            if not any(self.family(entity_id) & self.family(t.id) for t in top):
                top.append(entities[entity_id])
        return top

    def _with_pronouns(self, text: str, start: int, end: int, mentions: list[Mention],
                       previous: Sentence | None) -> list[Mention]:
        previous_subject = None
        if previous is not None:
            # (not "Meta" in "The Meta contract matters less…: CoreWeave can no longer…": a name modifying a deal noun)
            subjects = [m for m in previous.mentions if m.is_org and m.kind != "candidate"]
            fronted = FRONTED_LEAD.match(text, previous.span.start)
            if fronted is not None:
                # "To deliver it, Oracle is spending …": the subject follows the phrase, whatever the phrase names
                subjects = [m for m in subjects if m.start >= fronted.end()] or subjects
            unmodifying = [m for m in subjects if not NAMES_A_DEAL.match(text, m.end)]
            if len(unmodifying) < len(subjects):
                unmodifying = [m for m in unmodifying if m.kind != "pronoun"] or unmodifying  # (nor "its" read as Meta)
            previous_subject = next(iter(unmodifying), None)
        out = list(mentions)
        opening: Mention | None = None  # the sentence's subject when a pronoun opens it ("It won the contract…")
        for p_start, p_end in pronouns(text, start, end):
            possessive = text[p_start:p_end].lower() in ("its", "their")
            target = resolve_pronoun(p_start, p_end, start, mentions, previous_subject, possessive, text)
            if opening is not None and not possessive and AND_BEFORE.search(text, max(start, p_start - 8), p_start):
                target = opening  # "It won the contract to develop Anthropic's build-out, …, and it is the anchor tenant…"
            if target is not None:
                out.append(Mention(p_start, p_end, target.entity, "pronoun", possessive))
                if not possessive and opening is None and (p_start == start or _LEAD_IN.fullmatch(text, start, p_start)):
                    opening = out[-1]  # (past a phrase of time: "In the past year it has committed …, and it has joined …")
        return sorted(out, key=lambda m: m.start)

    def _claims(self, document: Document, found: list[Found]) -> list[Claim]:
        found = _shortest(found)
        claims: dict[str, Claim] = {}
        built: set[tuple] = set()
        figured = {(f.relation, f.subject.id, f.object.id if f.object else None)
                   for f in found if f.figure is not None}
        for f in found:
            if f.figure is None and RELATIONS[f.relation].units and \
                    (f.relation, f.subject.id, f.object.id if f.object else None) in figured:
                continue  # the same relation with its figure says more
            if f.object is not None and f.subject.id == f.object.id:
                continue
            # (many readings repeat one claim: the fields its id is made of decide, before building it)
            key = (f.start, f.end, f.relation, f.subject.id, f.object.id if f.object else "",
                   (f.figure.amount, f.figure.unit, f.figure.qualifier) if f.figure else None, f.date)
            if key in built:
                continue
            built.add(key)
            figure = None
            if f.figure is not None:
                figure = Figure(f.figure.amount, f.figure.unit, f.figure.qualifier)
                if figure.unit not in RELATIONS[f.relation].units:
                    continue
            claim = Claim(f.relation, f.subject, f.object, document.source(f.start, f.end), self.label,
                          figure, f.date, f.duration)
            claims.setdefault(claim.id, claim)
        return sorted(claims.values(), key=lambda c: (c.source.start, c.source.end, c.relation, c.id))


def _body_over_headline(text: str, found: list[Found]) -> list[Found]:
    """A headline is the body in few words, with little to say who does what: "Cipher Mining signs $5.5 billion AI lease
    with AWS" names a lease, not who pays. Where the body states the same relation between the same two parties the
    other way round, the body's direction stands and the headline's reading is dropped (a partnership has no
    direction to get wrong)."""
    first = _HEADLINE.match(text)
    if first is None:
        return found
    end = first.end()
    body = {(f.relation, f.subject.id, f.object.id, f.figure.amount if f.figure else None)
            for f in found if f.start >= end and f.object is not None}
    body_pairs = {key[:3] for key in body}

    def reversed_in_body(f: Found) -> bool:
        assert f.object is not None
        pair = (f.relation, f.object.id, f.subject.id)
        return pair in body_pairs and (f.figure is None or (*pair, f.figure.amount) in body
                                       or (*pair, None) in body)

    # "Poolside and CoreWeave plan 2-gigawatt Project Horizon campus", then "Poolside … will develop Project Horizon, a
    # 2-gigawatt AI campus …, with CoreWeave as its anchor tenant": the body names one builder of the figure
    built_by = {(f.subject.id, f.object.id) for f in found if f.start >= end and f.relation == "builds_datacenter"
                and f.object is not None}
    sites_built = {site for _, site in built_by}

    def other_builder_in_body(f: Found) -> bool:
        assert f.object is not None
        return f.relation == "builds_datacenter" and f.object.id in sites_built and (f.subject.id, f.object.id) not in built_by

    # "OpenAI commits $250 billion to Azure as Microsoft takes 27% stake": the body says what the $250 billion is
    figures_in_body: dict[tuple[float, str], set[str]] = {}
    for f in found:
        if f.start >= end and f.figure is not None:
            figures_in_body.setdefault((f.figure.amount, f.figure.unit), set()).add(f.relation)

    def other_kind_in_body(f: Found) -> bool:
        kinds = figures_in_body.get((f.figure.amount, f.figure.unit), set()) if f.figure is not None else set()
        return bool(kinds) and f.relation not in kinds

    def contradicted(f: Found) -> bool:
        if f.start >= end:
            return False  # (the body itself)
        if other_kind_in_body(f):
            return True
        if f.object is None:
            return False
        return not RELATIONS[f.relation].symmetric and reversed_in_body(f) or other_builder_in_body(f)

    return [f for f in found if not contradicted(f)]


# A first line without a closing stop, short enough to be a title
_HEADLINE = re.compile(r"[ \t]*[^\n]{10,200}(?<![.!?:])[ \t]*(?=\n)")


def _shortest(found: list[Found]) -> list[Found]:
    """One reading per fact and place: of overlapping spans stating the same thing, the shortest."""
    def key(f: Found) -> tuple:
        figure = (f.figure.amount, f.figure.unit, f.figure.qualifier) if f.figure else None
        return f.relation, f.subject.id, f.object.id if f.object else None, figure

    kept: dict[tuple, list[Found]] = {}
    for f in sorted(found, key=lambda f: f.end - f.start):
        same = kept.setdefault(key(f), [])
        if not any(k.start < f.end and f.start < k.end for k in same):
            same.append(f)
    return [f for group in kept.values() for f in group]


_DIGIT = re.compile(r"\d")
_RUN_IN_HEADER = re.compile(r"(?m)^(?:Analyst\s+take|Editor['’]s\s+note|Key\s+takeaways?|Bottom\s+line|Why\s+it\s+matters|"
                            r"Our\s+take|The\s+takeaway)(?=[A-Z])")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)([^*_`\n]+?)(?<=\S)\1")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")


def without_markup(text: str) -> str:
    """``text`` with Markdown emphasis, code ticks and link targets replaced by spaces: "**G42** has" reads
    as "  G42   has" and "[Nvidia](https://…)" as " Nvidia          ", every offset unchanged. A run-in header glued
    to its paragraph ("Analyst takeCrusoe is best known…") ends in a line break instead of its last letter."""
    text = _RUN_IN_HEADER.sub(lambda m: m.group()[:-1] + "\n", text)
    if "*" not in text and "_" not in text and "`" not in text and "](" not in text:
        return text

    def blank_markers(m: re.Match[str]) -> str:
        marker = " " * len(m.group(1))
        return marker + m.group(2) + marker

    def blank_link(m: re.Match[str]) -> str:
        return " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1)

    return _EMPHASIS.sub(blank_markers, _LINK.sub(blank_link, text))
