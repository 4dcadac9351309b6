"""Running slow patterns only where they can match: plain words are found by substring search (many times
faster than a regex alternation over the whole text), and a pattern is then run in windows around them."""

from __future__ import annotations

import re
from functools import lru_cache


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
