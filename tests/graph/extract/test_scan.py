"""The scanning helpers: a guarded pattern finds exactly what the pattern alone finds."""

from __future__ import annotations

import re

import pytest

from graph.extract.figure_relations import _MONEY_TRIGGERS, _POWER_TRIGGERS
from graph.extract.scan import guarded, occurrences
from graph.extract.sentences import sentences

TEXT = ("One billion and 2 GW. Lumora Inc. said on Tuesday it would invest up to $2 billion in Texas. "
        "Orbis Partners led the round; "
        "Veridian Labs, which trains its models on Azure, will rent 18,000 GPUs from Lambda. ~$300 billion. "
        "AI-enabled run-rate revenue rose to $1 billion.")


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:buy|fund|sell)", "(?=[bfs])(?:buy|fund|sell)"),
    (r"(?:(?:ai\s+|digital\s+)?infrastructure|capex)", r"(?=[acdi])(?:(?:ai\s+|digital\s+)?infrastructure|capex)"),
    (r"\b(?:run|rel(?:y|ies)\s+on)", r"(?=[r])\b(?:run|rel(?:y|ies)\s+on)"),
    (r"(?<![\w.])(?:\d+|[A-Z]\w*)", r"(?=[A-Z\d])(?<![\w.])(?:\d+|[A-Z]\w*)"),
    (r"(?:\$|(?i:one|two))\d", r"(?i:(?=[\$ot]))(?:\$|(?i:one|two))\d"),
])
def test_guard_lists_the_opening_letters(pattern: str, expected: str) -> None:
    assert guarded(pattern) == expected


@pytest.mark.parametrize("pattern", [r"(?:buy|[^x]+)", r"(?:a|b)?", r"[^x]y", r".", r"(?:run)*"])
def test_a_pattern_that_may_open_with_anything_or_nothing_is_left_as_it_is(pattern: str) -> None:
    assert guarded(pattern) == pattern


@pytest.mark.parametrize("pattern", [
    r"(?:invest|spend|pour)\w*\s+[^;]{0,40}?\bin\s+", r"(?:Orbis|orbis|Lumora)\s+\w+", r"(?:~|about|up\s+to)\s*\$",
    r"(?:trains?|rents?)\b", r"(?<![\w.])(?:\d+|(?i:one|two|an?))\s+(?:billion|GW)",
    *(p.pattern[len(r"(?<![\w-])"):] for _, p in _MONEY_TRIGGERS + _POWER_TRIGGERS)])
@pytest.mark.parametrize("flags", [0, re.I])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), re.compile(guarded(pattern, flags), flags)
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_occurrences_are_every_place_of_every_word_in_text_order() -> None:
    labs, inc = TEXT.index(" Labs"), TEXT.index(" Inc")
    assert occurrences(TEXT, ("Labs", "Lab", " Inc")) == [(inc, inc + 4), (labs + 1, labs + 4), (labs + 1, labs + 5)]
    # words opening with one character are found in one regex pass: the longest word at each place
    assert occurrences(TEXT, (" Inc", " Lab", " Labs")) == [(inc, inc + 4), (labs, labs + 5)]


def test_sentences_keep_offsets() -> None:
    spans = sentences(TEXT)
    assert [TEXT[s.start:s.end][:16] for s in spans[:3]] == ["One billion and ", "Lumora Inc. said", "Orbis Partners l"]
