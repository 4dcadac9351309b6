"""Who "we" is: in a transcript (an earnings call, an interview), the company whose call it is speaks
through its executives, so their "we", "our" and "us" mean that company; an analyst's or the
operator's do not. In a news story, a quote said by a company's executive ("…," said Ruth Porat,
Alphabet's president) speaks for that company. In a letter to shareholders, the company that signs it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.mentions import Mention
from graph.model import Entity

# "Safra Catz, chief executive:", "Operator:", "Q:", "Keith Weiss (Morgan Stanley):"
# A name of up to four capitalised words, perhaps with a role after a comma or in brackets; not a line of
# prose that happens to hold a colon ("For Amazon, the rationale is clear:").
_SPEAKER = re.compile(r"(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}"
                      r"(?:,[ \t]+[\w.'’&\-]+(?:[ \t]+[\w.'’&\-]+){0,4}|[ \t]+\([^)\n]{1,40}\))?):[ \t]+(?=\S)")
_NOT_THE_COMPANY = re.compile(r"\b(?:analyst|operator|moderator|question|q|interviewer|host|reporter)\b", re.I)
_QUOTE = re.compile(r"[“\"](?P<body>[^”\"\n]{8,800})[”\"]")
_TITLES = r"(?:chief|ceo|cfo|cto|president|chair\w*|co-?founder|founder|head|spokes\w+|executive\s+vice)"
_TITLE_AFTER = re.compile(rf"\s+{_TITLES}\b", re.I)  # "Microsoft chief executive Satya Nadella"
_TITLE_AFTER_POSSESSIVE = re.compile(rf"['’]s\s+(?:[\w\-]+\s+){{0,3}}?{_TITLES}\b", re.I)  # "Alphabet's president"
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear\s+(?:fellow\s+)?(?:shareholders|stockholders|shareowners|investors|owners|customers|partners|"
                         r"colleagues|employees|members|friends)\b[^\n]*$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


@dataclass(frozen=True)
class Voice:
    """A stretch of text spoken for a company."""

    start: int
    end: int
    company: Entity


def company_voices(text: str, mentions: list[Mention]) -> list[Voice]:
    """The turns of a transcript in which the company speaks; empty for a text that is no transcript."""
    turns = _turns(text)
    if len(turns) < 2:
        return []
    # Whose call it is: the organisation the transcript's title (its first name) names
    company = next((m.entity for m in mentions if m.is_org and m.kind == "name"), None)
    if company is None:
        return []
    voices = []
    for turn, following in zip(turns, [*turns[1:], None], strict=True):
        if _NOT_THE_COMPANY.search(turn.group("label")):
            continue
        voices.append(Voice(turn.end(), following.start() if following else len(text), company))
    return voices


def quote_voices(text: str, mentions: list[Mention]) -> list[Voice]:
    """The quotes an executive says for a company named with their title beside the quote."""
    if "“" not in text and '"' not in text:
        return []
    voices = []
    orgs = [m for m in mentions if m.is_org and m.kind == "name"]
    for quote in _QUOTE.finditer(text):
        line_start = text.rfind("\n", 0, quote.start()) + 1
        line_end = text.find("\n", quote.end())
        line_end = len(text) if line_end < 0 else line_end
        speakers = [m for m in orgs if line_start <= m.start < line_end and not quote.start() <= m.start < quote.end()
                    and abs(m.start - (quote.end() if m.start > quote.end() else quote.start())) < 200
                    and (_TITLE_AFTER.match(text, m.end) or _TITLE_AFTER_POSSESSIVE.match(text, m.end))]
        if speakers:
            nearest = min(speakers, key=lambda m: min(abs(m.start - quote.end()), abs(m.end - quote.start())))
            voices.append(Voice(quote.start("body"), quote.end("body"), nearest.entity))
    return voices


def letter_voices(text: str, mentions: list[Mention]) -> list[Voice]:
    """A letter to shareholders (or customers, employees) signed for a company: its "we" is the company that
    signs, named in the last lines."""
    opening = _SALUTATION.search(text, 0, 2000)
    if opening is None:
        return []
    tail = max(opening.end(), len(text) - 300)
    signer = next((m for m in reversed(mentions) if m.is_org and m.kind == "name" and m.start >= tail), None)
    if signer is None:
        return []
    return [Voice(opening.end(), signer.start, signer.entity)]


def _turns(text: str) -> list[re.Match[str]]:
    """The speaker labels that open lines; tried at line starts only (a multi-line "^" scan tries every
    character of the text, which costs more than reading the rest of a short article)."""
    turns = []
    start = 0
    while start < len(text):
        m = _SPEAKER.match(text, start)
        if m is not None:
            turns.append(m)
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return turns


def first_person(text: str, start: int, end: int, voices: list[Voice]) -> list[tuple[int, int, Entity]]:
    """The "we", "our" and "us" between ``start`` and ``end`` said for a company, with that company."""
    out = []
    for voice in voices:
        if voice.end <= start or voice.start >= end:
            continue
        for m in _FIRST_PERSON.finditer(text, max(start, voice.start), min(end, voice.end)):
            out.append((m.start(), m.end(), voice.company))
    return out
