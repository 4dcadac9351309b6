"""Splitting a text into sentences and clauses, keeping character offsets into the original."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.scan import guarded

# Words after which a full stop does not end a sentence ("Alphabet Inc.'s", "U.S. government").
_ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "ltd", "llc", "plc", "bros", "no", "vs", "etc", "approx", "est", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "gen", "gov", "sen", "rep", "dept", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "n.v", "s.a", "a.m", "p.m"])

# A sentence ends at . ! ? before a capital, a digit, a currency sign, or a name like "xAI" or "iPhone";
# at a line break; at a bullet. The candidates are found by one cheap character scan, then checked.
# The lookahead lets the engine skip to the next candidate character instead of trying each branch everywhere.
_CANDIDATE = re.compile(r"(?=[.!?…\n•·▪])(?:[.!?…]+[\"'”’)\]]*|\n+|[•·▪])")
# (a name like "d-Matrix" opens a sentence too)
_NEXT_STARTS = re.compile(r"""\s+(?:["'“‘(\[]?[A-Z0-9$€£•]|[a-z]{1,2}-?[A-Z])""")
_LAST_WORD = re.compile(r"[\w.]+$")
# "…closed a $600 million Series C. Thrive Capital led…": a lettered round ends a sentence, an initial does not
_LETTERED = re.compile(r"\b(?:Series|Class|Round|Tranche|Phase|Plan|Part)\s+$")
# (guarded: a look-ahead at the characters a break opens with lets the engine skip every other place with one test;
# ", and in September it raised…" opens a clause as ", and it raised…" does)
_CLAUSE = re.compile(guarded(
    r"\s*(?:;|:\s|\s[—–]\s|\s--\s|,\s+(?:while|whereas|but|although|though|and\s+(?=[A-Z])|and(?=\s+(?:(?:in|on|by|last|this|earlier|later|then|now|since)\s+(?:[\w\-]+,?\s+){0,2}?)?(?:it|they|we)\s)|and(?=\s+(?:[a-z]+\s+){1,2}(?:led\s+by|are|were|will|have)\s)|"
    # ", and the OpenAI expansion will run on…": a subject named by its company, a clause of its own
    r"and(?=\s+the\s+[A-Z][\w\-]*(?:\s+[a-z][\w\-]*){1,2}\s+(?:will|would|is|are|was|were|has|have)\s))\s|"
    # "Nvidia will invest $10 billion and Microsoft will invest $5 billion": a new subject, a new clause
    # "Oracle sold $18 billion of bonds in September and banks led by JPMorgan are arranging a loan"
    r"\s+and(?=\s+[a-z]+(?:\s+[a-z]+)?\s+led\s+by\s+[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*\s+(?:are|were|is|was|will|have|has)\b)\s|"
    r"\s+and\s+(?=[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)?\s+(?:will|would|has|have|had|is|was|said|plans|agreed|also(?!\s+[a-z]+ing\b)|raised|"
    r"closed|secured|signed|struck|won|landed|bought|acquired|invested|committed|announced|inked|contributed|sold|provided|"
    r"pledged|denied|declined|confirmed|rejected|disputed|put|poured|added|chipped|kicked)\b)|"
    # "…led by Samsung Securities and AFW Partners, and Etched, which is building a chip, raised $120 million": a new subject
    r",\s+and\s+(?=[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)?,\s+(?:which|who)\s))"))


# A list item's label: a bullet, then a name of up to four capitalised words (Markdown emphasis is blanked);
# "Report: Apple in talks…" has no bullet and keeps its colon as a break
# (or a pair of names joined by a hyphen or slash: "Meta-Google: $10 billion-plus cloud deal")
_LABEL = re.compile(r"\s*(?:[-*•→➜▸►]\s*[A-Z][\w.&'’\-]*(?:[ \t]+[A-Z0-9][\w.&'’\-]*){0,3}|"
                    # (or a pair of names, bullet or not: "Meta-Google", "→ Anthropic x Google", "OpenAI / AWS")
                    r"(?:[-*•→➜▸►]\s*)?[A-Z][\w.&'’]*(?:[ \t]+[A-Z][\w.&'’]*)?[ \t]*(?:[-–/×]|[ \t]x[ \t]|[ \t]&[ \t])[ \t]*"
                    r"[A-Z][\w.&'’]*(?:[ \t]+[A-Z][\w.&'’]*)?)\s*")


def last_break(text: str, position: int) -> int:
    """Where the sentence holding ``position`` opens, roughly: the last ". " or line break before it that is
    not after an abbreviation ("SoftBank Corp. at its new data center"); -1 at the start of the text."""
    line = text.rfind("\n", 0, position)
    stop = text.rfind(". ", 0, position)
    while stop > line:
        word = _LAST_WORD.search(text, max(0, stop - 20), stop)
        if not (word and word.group().lower() in _ABBREVIATIONS):
            break
        stop = text.rfind(". ", 0, stop)
    return max(stop, line)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """The sentences of a text as spans, trimmed of surrounding white space."""
    spans = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        first = match.group()[0]
        if first == "\n":
            end = match.start()
        elif first in "•·▪":
            if not (match.start() > 0 and text[match.start() - 1].isspace() and text[match.end():match.end() + 1].isspace()):
                continue
            end = match.start()
        else:
            if not _NEXT_STARTS.match(text, match.end()):
                continue
            end = match.end()
            if first == ".":
                word = _LAST_WORD.search(text, max(start, match.start() - 20), match.start())
                token = word.group().lower() if word else ""
                # "Inc." or "U.S." before a capital is usually not a sentence end; an initial neither.
                if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()
                                               and not _LETTERED.search(text, max(start, match.start() - 12), word.start())):  # type: ignore[union-attr]
                    continue
        spans.append(_trim(text, start, end))
        start = match.end()
    spans.append(_trim(text, start, len(text)))
    return [s for s in spans if s.end > s.start]


def clauses(text: str, span: Span) -> list[Span]:
    """The clauses of a sentence: split at semicolons, dashes and contrastive conjunctions."""
    out = []
    start = span.start
    for match in _CLAUSE.finditer(text, span.start, span.end):
        if match.group().strip() == "and" and len(text[start:match.start()].split()) < 4:
            continue  # "G42 and OpenAI will build…": a coordinated subject, not a second clause
        if match.group().strip() == ":" and _LABEL.fullmatch(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            continue  # "- **Nscale**: $1.1 billion Series B led by Aker": the name before the colon is the subject
        if match.group().strip() == ":" and text.rfind("(", start, match.start()) > text.rfind(")", start, match.start()):
            continue  # "Tata Consultancy Services (NSE: TCS) said…": a ticker's colon, inside parentheses
        out.append(_trim(text, start, match.start()))
        start = match.end()
    out.append(_trim(text, start, span.end))
    return [c for c in out if c.end > c.start]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \t\n•·▪":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return Span(start, end)
