"""Every list is paginated the same way: ``limit`` items from an opaque ``cursor``."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from api.problems import Problem

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not raw.startswith("o"):
            raise ValueError(raw)
        return max(0, int(raw[1:]))
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "Bad cursor", f"cursor {cursor!r} is not one this API returned; start without it",
                      kind="bad-cursor") from None


def page(items: Sequence[Any], limit: int, cursor: str | None) -> dict[str, Any]:
    """``{"items": [...], "total": n, "next_cursor": c|null}`` for the slice the cursor points at."""
    start = decode_cursor(cursor)
    end = start + limit
    return {"items": list(items[start:end]), "total": len(items),
            "next_cursor": encode_cursor(end) if end < len(items) else None}
