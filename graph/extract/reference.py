"""The reference list of well-known entities (a JSON data file users can extend) and its matcher."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graph.errors import InvalidDataError
from graph.model import Entity, slugify

_PAIRED = re.compile(r"(?:^|[\s(])[A-Z][\w.&]*-$")


@dataclass(frozen=True)
class Known:
    """An entity of the reference list with what the list says about its links."""

    entity: Entity
    maker: str | None = None  # chips: the organisation that designs it
    developer: str | None = None  # models: the organisation that develops it
    owner: str | None = None  # data centres: who runs it


@dataclass(frozen=True)
class Reference:
    """Known entities by id and by every name and alias, with a fast matcher over those names."""

    by_id: dict[str, Known]
    by_name: dict[str, str]
    pattern: re.Pattern[str] = field(repr=False)
    _families: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def names_in(self, text: str) -> Iterator[re.Match[str]]:
        """Each listed name or alias in the text, as a whole word."""
        for m in self.pattern.finditer(text):
            start = m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-") \
                    or text[start - 1] == "-" and _PAIRED.search(text, max(0, start - 30), start):
                yield m  # "OpenAI-Broadcom: 10 GW": the second of a pair of names joined by a hyphen

    def get(self, entity_id: str | None) -> Known | None:
        return self.by_id.get(entity_id) if entity_id else None

    def lookup(self, name: str) -> Known | None:
        entity_id = self.by_name.get(name) or self.by_name.get(name.casefold())
        return self.by_id.get(entity_id) if entity_id else None

    def family(self, entity_id: str) -> frozenset[str]:
        """The entity, its ancestors, and its descendants known to the list (computed once per id)."""
        cached = self._families.get(entity_id)
        if cached is None:
            cached = self._families[entity_id] = frozenset(self._family(entity_id))
        return cached

    def _family(self, entity_id: str) -> set[str]:
        family = {entity_id}
        node: str | None = entity_id
        while node and (known := self.by_id.get(node)) and known.entity.parent:
            node = known.entity.parent
            family.add(node)
        changed = True
        while changed:
            changed = False
            for known in self.by_id.values():
                if known.entity.parent in family and known.entity.id not in family:
                    family.add(known.entity.id)
                    changed = True
        return family


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation of the words, factored as a trie so matching stays fast."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def load_reference(*extra: Path) -> Reference:
    """The built-in reference list, extended (and overridden by id) by each extra JSON file."""
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Reference:
    texts = [resources.files("graph").joinpath("data/entities.json").read_text(encoding="utf-8")]
    texts += [Path(p).read_text(encoding="utf-8") for p in extra]
    by_id: dict[str, Known] = {}
    for origin, text in zip(("built-in list", *extra), texts, strict=True):
        try:
            rows = json.loads(text)["entities"]
            for row in rows:
                entity = Entity(slugify(row["name"]), row["name"], tuple(row["types"]),
                                tuple(row.get("aliases", ())), row.get("parent"))
                by_id[entity.id] = Known(entity, row.get("maker"), row.get("developer"), row.get("owner"))
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidDataError(f"{origin}: not a reference list of entities ({error}); "
                                   "see graph/data/entities.json for the form") from error
    by_name: dict[str, str] = {}
    for known in by_id.values():
        for name in (known.entity.name, *known.entity.aliases):
            by_name.setdefault(name, known.entity.id)
            by_name.setdefault(name.casefold(), known.entity.id)
    listed = {n for known in by_id.values() for n in (known.entity.name, *known.entity.aliases)}
    # Press releases write names in capitals ("HUMAIN", "NVIDIA"); ``lookup`` finds them case-blind.
    names = sorted(listed | {n.upper() for n in listed if len(n) >= 3})
    # No look-behind in front: the trie's first characters let the engine skip ahead; the caller drops
    # matches that start inside a word (see ``Reference.names_in``).
    pattern = re.compile(trie_regex(names) + r"(?!\w|\.\w)")
    return Reference(by_id, by_name, pattern)
