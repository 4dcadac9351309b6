"""What the relation rules see of a sentence: its mentions and figures, a masked copy of its text in
which each mention is a placeholder, and the dates and durations it states."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract.figures import FigureMention
from graph.extract.lazy import lazy
from graph.extract.mentions import Mention, names_a_role
from graph.extract.roles import Role, names_staff_employer, surroundings
from graph.extract.sentences import Span, clauses
from graph.model import Entity

# ("Its largest purchase, Weights & Biases, cost …")
_NAMED_IN_APPOSITION = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:chip|processor|accelerator|gpu|model|llm|chatbot|assistant|acquisition|"
                                  r"purchase|takeover|investors|backers|shareholders|arm|unit|subsidiary|division),\s+", re.I)
_YEAR_PHRASE = re.compile(
    r"\b(?:(?:the\s+)?(?:first|second|1st|2nd)\s+half\s+of\s+|(?:early|mid|late)[- ]|H[12]\s+|Q[1-4]\s+|"
    r"(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?)?(?:19|20)\d\d\b")
_DURATION = re.compile(
    r"\b(?:over|for|across|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?P<n>\w+(?:\s+to\s+\w+)?|several|multiple)"
    r"\s+years\b|\b(?P<m>\w+)-year\b|\b(?:per\s+year|a\s+year|annually|each\s+year)\b")


_PREPOSITION = re.compile(r"\b(?:on|in|to|with|for|from|at|by|of|through|via|into|onto|across|between|among)\b")
_ACTS = re.compile(r"\s+(?:(?:has|have|had|also|since|then|later|recently|already|now|still|is|are|will)\s+)*(?:acquired|bought|purchased|invested|"
                   r"depends|depend|relies|rely|spend|spends|spent|leases|leased|"
                   r"investing|invest|backed|partnered|teamed|signed|agreed|built|building|develop(?:s|ed|ing)|launched|released|uses|used|use|runs|run|ran|trains|train|trained|hosts|host|"
                   r"deployed|deploying|deploys|deploy|running|operating|lease|rent|rents|rented|remains|remained|owns|holds|own|hold|committed|commits|commit|formed|form|joined|created|partner|partners|"
                   r"develop|build|builds|operate|operates|counts|won|(?:the|an?)\s+(?:anchor\s+|main\s+|largest\s+)?tenant|"
                   r"plans|plan|intends|aims|expects|shipped|ships|delivered|delivers|supplied|supplies|co-designed|co-designs|co-developing|co-designing|"
                   r"co-develops|co-developed|worked|works|"
                   r"(?:an?|the|one\s+of\s+the)\s+(?:[\w\-]+\s+)?(?:investors?|shareholders?|backers?))\b")
# A name modifying a deal noun ("The Meta contract", "after Microsoft deal"): the name of a deal, not a party acting
NAMES_A_DEAL = re.compile(r"\s+(?:deal|agreement|contract|partnership|pact|investment|order|lease)s?\b")
# A clause joined by ", and" opens right after this ("…, and Lambda struck…", "…, and it is the anchor tenant…")
AND_BEFORE = re.compile(r",\s+and\s+$")
# "… from JPMorgan": a name after "from" is the source of something, not its subject
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "Temasek and existing investor Valor Equity Partners": a member's role may stand before its name
_STAKE_AFTER = re.compile(r"\s+(?:[^\s;.]+\s+){0,3}?(?:investment|stake)\s+in\s")
_RELATIVE_GAP = re.compile(r",\s+(?:which|who)\s")
# ("bought OpenPipe, which helps developers fine-tune models, and Marimo": a member described in a relative clause)
_LIST_GAP = re.compile(r"(?:[ \t]+(?:Company|Corporation|Inc\.?|Corp\.?|LLC|Ltd\.?|plc|LP|L\.P\.))?"
                       r"(?:,\s+(?:which|who)\s+[^,;.⟦]{1,80}?(?=,\s+and\s))?"
                       r"\s*(?:,|,?\s+and|,?\s+&)\s*(?:the\s+)?(?:(?:existing|new|returning|longtime|long-time|early)\s+"
                       r"(?:investors?|backers?|shareholders?)\s+)?")


@dataclass(frozen=True)
class Found:
    """A relation read from the text, before it becomes a Claim."""

    relation: str
    subject: Entity
    object: Entity | None
    start: int
    end: int
    figure: FigureMention | None = None
    date: str | None = None
    duration: str | None = None


@dataclass
class Sentence:
    """One sentence of a document, with what was found in it."""

    text: str  # the whole document text: offsets are into it
    span: Span
    mentions: list[Mention]
    figures: list[FigureMention]
    previous: Sentence | None = None
    topic: list[Entity] = field(default_factory=list)

    @lazy
    def clauses(self) -> list[Span]:
        return clauses(self.text, self.span)

    @lazy
    def _around(self) -> dict[int, tuple[str, str]]:
        return {}

    def _owns_next(self, index: int) -> bool:
        """Whether the possessive pronoun at ``index`` is followed closely by a name ("its Claude models"), or names a
        party's role ("remains its only supplier of GPUs")."""
        pronoun = self.mentions[index]
        if pronoun.possessive and names_a_role(self.text, pronoun.start, pronoun.end, self.span.start):
            return True
        if not pronoun.possessive or index + 1 >= len(self.mentions):
            return False
        nxt = self.mentions[index + 1]
        gap = self.text[pronoun.end:nxt.start]
        return len(gap) <= 30 and (not any(ch in gap for ch in ",.;:") and not _PREPOSITION.search(gap)
                                   or bool(_NAMED_IN_APPOSITION.fullmatch(gap)))  # "its next chip, Asimov"

    def list_links(self, ordered: list[Mention]) -> list[bool]:
        """For each neighbouring pair of mentions, whether only a list separator lies between them
        ("A, B and C")."""
        links = [bool(_LIST_GAP.fullmatch(self.text, a.end, b.start)) for a, b in zip(ordered, ordered[1:], strict=False)]
        for i, (a, b) in enumerate(zip(ordered, ordered[1:], strict=False)):
            # ", and" closes a list only after a comma ("A, B, and C"); alone it joins clauses ("…in West Texas,
            # and CoreWeave will…")
            if links[i] and self.text[a.end:b.start].lstrip().startswith(",") and "and" in self.text[a.end:b.start] \
                    and not _RELATIVE_GAP.match(self.text, a.end, b.start) \
                    and not (i and links[i - 1] and self.text[ordered[i - 1].end:a.start].lstrip().startswith(",")):
                # (nor after "A and B": "led by Samsung Securities and AFW Partners, and Etched, which…" starts anew)
                links[i] = False
        return links

    def list_around(self, ordered: list[Mention], index: int) -> list[Mention]:
        """The members of the list ("A, B and C") that ``ordered[index]`` stands in; itself alone outside one."""
        links = self.list_links(ordered)
        lo = hi = index
        while lo > 0 and links[lo - 1]:
            lo -= 1
        while hi < len(links) and links[hi]:
            hi += 1
        return ordered[lo:hi + 1]

    @lazy
    def _scores(self) -> dict[tuple[int, int], tuple[float, bool]]:
        return {}

    def score(self, role: Role, mention: Mention) -> tuple[float, bool]:
        """``role.score`` of a mention, computed once per sentence (a sentence with several figures scores its parties
        for each)."""
        key = (id(role), id(mention))
        cached = self._scores.get(key)
        if cached is None:
            cached = self._scores[key] = role.score(self.around(mention), mention)
        return cached

    def around(self, mention: Mention) -> tuple[str, str]:
        """The words just before and after a mention, computed once per sentence."""
        cached = self._around.get(id(mention))
        if cached is None:
            before, after = surroundings(self.text, mention, self.span.start)
            last = self._last_listed(mention)
            if last is not mention:
                # "Samsung Electronics and SK Group will each take…": the verb after a list is each member's
                after = surroundings(self.text, last, self.span.start)[1]
            cached = self._around[id(mention)] = (before, after)
        return cached

    def _last_listed(self, mention: Mention) -> Mention:
        """The last organisation of the list ("A, B and C") that ``mention`` opens or continues."""
        last, members = mention, 1
        for nxt in self.mentions:
            if nxt.start < last.end or nxt is last:
                continue
            gap = self.text[last.end:nxt.start]
            # ", and" closes a list only after commas ("A, B, and C"); alone it joins clauses ("…project, and OpenAI has…")
            if not (nxt.is_org and _LIST_GAP.fullmatch(gap)) or (gap.lstrip().startswith(",") and "and" in gap and members < 2):
                break
            last, members = nxt, members + 1
        return last

    @property
    def string(self) -> str:
        return self.text[self.span.start:self.span.end]

    @lazy
    def lowered(self) -> str:
        """The sentence in lower case: substring tests on it decide cheaply which patterns can match."""
        return self.string.lower()

    def clause_of(self, position: int) -> Span:
        return next((c for c in self.clauses if c.start <= position < c.end), self.span)

    @lazy
    def masked(self) -> tuple[str, list[Mention]]:
        """The sentence with each mention replaced by ⟦i⟧, i indexing the returned mention list."""
        parts: list[str] = []
        kept: list[Mention] = []
        cursor = self.span.start
        for index, mention in enumerate(self.mentions):
            if mention.start < cursor:
                continue
            if mention.kind == "pronoun" and not self._owns_next(index) and not (
                    not mention.possessive and _ACTS.match(self.text, mention.end)) and not (
                    mention.possessive and _STAKE_AFTER.match(self.text, mention.end)):  # ("Its $5 billion investment in Intel")
                # "runs its workloads on Azure": a pronoun stays text unless it owns a named thing or, as a
                # subject, does something ("last year it bought Graphcore")
                continue
            if mention.kind == "name" and names_staff_employer(self.text, mention, cursor):
                continue  # "Sakana, founded by former Google researchers, trains…": Google names people, not a party
            parts.append(self.text[cursor:mention.start])
            parts.append(f"⟦{len(kept)}⟧")
            kept.append(mention)
            cursor = mention.end
        parts.append(self.text[cursor:self.span.end])
        return "".join(parts), kept


def date_near(text: str, start: int, end: int) -> str | None:
    """The date a clause states (a year, "second half of 2026"), if any."""
    if "20" not in text[start:end] and "19" not in text[start:end]:
        return None  # no year: the pattern, slow to fail, need not run
    m = _YEAR_PHRASE.search(text, start, end)
    return m.group().strip() if m else None


def duration_near(text: str, start: int, end: int) -> str | None:
    """The duration a clause states ("five years", "per year"), if any."""
    span = text[start:end]
    if "year" not in span and "annual" not in span:
        return None  # every duration names a year or says "annually"
    m = _DURATION.search(text, start, end)
    if not m:
        return None
    if m.group("n"):
        return f"{m.group('n')} years"
    if m.group("m"):
        return f"{m.group('m')} years"
    return "per year"
