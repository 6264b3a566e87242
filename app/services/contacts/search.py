"""Search as you type over the contacts' FTS5 index (accent- and case-insensitive, by prefix)."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.contacts.records import ContactRow

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_LIKE = re.compile(r"^\+?[\d\s.\-()]{2,}$")


def fts_query(query: str) -> str | None:
    """Turn typed text into an FTS5 query: every word must match, each as a prefix.

    "ecole jean" -> "ecole"* AND "jean"*; a phone typed with spaces ("06 12 3")
    becomes one prefix ("06123"*), since the index holds phones as one token.
    """
    query = query.strip()
    if _PHONE_LIKE.match(query) and sum(ch.isdigit() for ch in query) >= 2:
        words = ["".join(ch for ch in query if ch.isdigit())]
    else:
        words = _WORD.findall(query)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


# The best hits are picked inside FTS5 first (it stops early with ORDER BY rank LIMIT),
# then joined to their contacts.
_SEARCH_SQL = """
SELECT c.id, c.kind, c.display_name, c.email, c.phone, c.tags, c.sort_key, c.phone_to_check
FROM (SELECT rowid AS docid, rank FROM contact_fts WHERE contact_fts MATCH :match
      ORDER BY rank LIMIT :limit OFFSET :offset) AS hit
JOIN contact_search_map m ON m.docid = hit.docid
JOIN contacts c ON c.id = m.contact_id
ORDER BY hit.rank
"""
# With a filter (kind, phone to check) the limit must apply after the join.
_SEARCH_KIND_SQL = """
SELECT c.id, c.kind, c.display_name, c.email, c.phone, c.tags, c.sort_key, c.phone_to_check
FROM contact_fts
JOIN contact_search_map m ON m.docid = contact_fts.rowid
JOIN contacts c ON c.id = m.contact_id
WHERE contact_fts MATCH :match AND (:kind IS NULL OR c.kind = :kind)
  AND (NOT :to_check OR c.phone_to_check IS NOT NULL)
ORDER BY contact_fts.rank LIMIT :limit OFFSET :offset
"""


def search_contacts(
    session: Session,
    query: str,
    *,
    kind: str | None = None,
    limit: int = 100,
    offset: int = 0,
    to_check: bool = False,
) -> list[ContactRow]:
    """Best matches first. Trashed contacts are not in the index, so never found.
    `to_check`: only contacts with a phone an import could not read."""
    match = fts_query(query)
    if match is None:
        return []
    params = {"match": match, "limit": limit, "offset": offset, "kind": kind, "to_check": to_check}
    rows = session.execute(text(_SEARCH_KIND_SQL if kind or to_check else _SEARCH_SQL), params)
    return [ContactRow(*row) for row in rows]
