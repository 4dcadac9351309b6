"""The world's countries and their states, provinces and regions (ISO 3166, through pycountry): articles place campuses
"in Ontario", "in Ceará, Brazil" or "in Puglia", and a place the hand-made list in ``mentions`` does not know must
still not be read as a company.

Only membership is asked ("is this word a region?"); the list of places the trigger patterns spell out stays short.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pycountry

# Regions named by a compass point or a common noun ("Central", "Western", "Capital") are words before they are places
_GENERIC = frozenset({"Capital", "Central", "Centre", "Center", "Coast", "East", "Eastern", "Federal", "Lakes", "Midlands",
                      "North", "Northern", "South", "Southern", "West", "Western", "Islands", "Island", "City", "District",
                      "Region", "Upper", "Lower", "Interior", "Valley", "Highlands", "Plains", "Oriental", "Occidental"})


def _folded(name: str) -> str:
    """"Ceará" as "Ceara": articles in English often drop the accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    names: set[str] = set()
    for subdivision in pycountry.subdivisions:
        names.add(subdivision.name)
    for country in pycountry.countries:
        names.add(country.name)
        names.update(n for n in (getattr(country, "common_name", None),) if n)
    names = {n.split(",")[0].strip() for n in names}  # "Korea, Republic of" is named "Korea"
    names |= {_folded(n) for n in names}
    return frozenset(n for n in names if n not in _GENERIC and len(n) > 2)
