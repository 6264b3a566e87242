"""Search as you type over the contacts' FTS5 index: accents, case and the plural aside, by prefix.

The index holds the words as written, accents removed by its tokenizer (migration 0002). A
typed word is searched by a prefix that its singular and its plural share ("ecoles" and
"ecole" both by "ecole", "journaux" and "journal" by "journa"), and "oe" also as "œ": the
tokenizer keeps the ligature whole, so "coeur" must also ask for "cœur"."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.contacts.records import ContactRow

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_LIKE = re.compile(r"^\+?[\d\s.\-()]{2,}$")


def shared_prefix(word: str) -> str:
    """The prefix a word's singular and plural both start with: a final -s or -x dropped,
    -aux and -al cut to -a, -eaux to -eau."""
    word = word.casefold()
    if len(word) >= 5 and word.endswith("eaux"):
        return word[:-1]
    if len(word) >= 5 and word.endswith(("aux", "al")):
        return word[: -2 if word.endswith("al") else -3] + "a"
    if len(word) >= 3 and word[-1] in "sx":
        return word[:-1]
    return word


def _spellings(word: str) -> list[str]:
    """A word as typed and with the ligatures the index may hold instead ("coeur", "cœur")."""
    plain = word.replace("œ", "oe").replace("æ", "ae")
    tied = plain.replace("oe", "œ").replace("ae", "æ")
    return list(dict.fromkeys((plain, tied)))


def fts_query(query: str) -> str | None:
    """Turn typed text into an FTS5 query: every word must match, each as a prefix.

    "ecoles jean" -> "ecole"* AND "jean"*; a phone typed with spaces ("06 12 3")
    becomes one prefix ("06123"*), since the index holds phones as one token.
    """
    query = query.strip()
    if _PHONE_LIKE.match(query) and sum(ch.isdigit() for ch in query) >= 2:
        return '"' + "".join(ch for ch in query if ch.isdigit()) + '"*'
    words = _WORD.findall(query)
    if not words:
        return None
    terms = []
    for word in words:
        forms = [f'"{form}"*' for form in _spellings(shared_prefix(word))]
        terms.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(terms)


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
