"""Running slow patterns only where they can match: plain words are found by substring search (many times
faster than a regex alternation over the whole text), and a pattern is then run in windows around them; an
alternation of words tried at many places first looks ahead at the letters its words open with."""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any


def occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where any of ``words`` occurs in ``text``, as (start, end), in text order."""
    one_pass = _shared_start(words)
    if one_pass is not None:
        return [m.span() for m in one_pass.finditer(text)]
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = text.find(word, at + 1)
    found.sort()
    return found


@lru_cache(maxsize=64)
def _shared_start(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """For words opening with one character (" Inc", " Corp", " LLC", …), one pattern: a single regex pass, which skips
    from one such character to the next, beats a substring search per word (each word's longest match at a place)."""
    if len(words) <= 2 or len({w[0] for w in words}) != 1:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def matches_in(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The matches of ``pattern`` in the (start, end) windows of ``text``, overlapping windows scanned once,
    each match found once, in text order."""
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    seen: dict[tuple[int, int], re.Match[str]] = {}
    for start, end in merged:
        for m in pattern.finditer(text, start, end):
            seen.setdefault((m.start(), m.end()), m)
    return [seen[k] for k in sorted(seen)]


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead for the characters a match of it can open with ("(?=[bfs])(?:buy|fund|sell)").

    An alternation tried at every place of a window costs the engine a visit to each alternative when it ignores
    case or opens with a look-behind (it has a quick first-character test only for plain letters at the front); the
    look-ahead turns most places away with one test. It never changes what matches: when the opening characters
    cannot be listed (a pattern that may open with anything, or match nothing), the pattern is returned as it is."""
    try:
        parsed = _parser.parse(pattern, flags)
        opening = _Opening()
        first, empty = opening.of(parsed)
    except Exception:  # noqa: BLE001 (the parser is internal to re: if it ever changes, lose the speed, not the pattern)
        return pattern
    if first is None or empty:
        return pattern
    look = "(?=[" + "".join(sorted(first)) + "])"
    # A part that ignores case ("(?i:one|two)") may open with either case: the look-ahead then ignores case too.
    return ("(?i:" + look + ")" if opening.ignores_case else look) + pattern


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


class _Opening:
    """What a parsed pattern's matches open with, as pieces of a character set."""

    def __init__(self) -> None:
        self.ignores_case = False

    def of(self, items: Any) -> tuple[set[str] | None, bool]:
        """The set's pieces (None: not known), and whether the pattern can match nothing."""
        found: set[str] = set()
        for op, arg in items:
            if op is _c.LITERAL:
                return found | {re.escape(chr(arg))}, False
            if op is _c.IN:
                for kind, value in arg:
                    if kind is _c.LITERAL:
                        found.add(re.escape(chr(value)))
                    elif kind is _c.RANGE:
                        found.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                    elif kind is _c.CATEGORY and value in _CATEGORIES:
                        found.add(_CATEGORIES[value])
                    else:
                        return None, False  # a negated set
                return found, False
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue  # "\b", "^", look-arounds: they read no character
            if op is _c.SUBPATTERN:
                parts = [arg[3]]
                self.ignores_case = self.ignores_case or bool(arg[1] & _c.SRE_FLAG_IGNORECASE)
            elif op is _c.BRANCH:
                parts = arg[1]
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[1] > 0:
                parts = [arg[2]]
            else:
                return None, False  # any character, a back-reference
            may_be_empty = op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] == 0
            for part in parts:
                first, empty = self.of(part)
                if first is None:
                    return None, False
                found |= first
                may_be_empty = may_be_empty or empty
            if not may_be_empty:
                return found, False
        return found, True
