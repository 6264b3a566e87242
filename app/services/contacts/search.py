"""Search as you type over the contacts' FTS5 index (the query itself: search_terms.py).

Three ways, one set of contacts found (search_walk.py for the last two):
- rare words: the best first (bm25: a name counts most, then organisations, e-mails, phones);
- `MANY` matches or more ("de" finds 30,000 at 100,000 contacts): ranking them all would cost
  more than a keystroke's wait; the list names starting with the typed text come first, in the
  list's order, then the other matches in the index's order, each run stopped at the page;
- under `MANY` matches but a common word among several ("michel b"), held by `COMMONER` times
  as many contacts as match: bm25 would first count every contact holding the common word;
  the names holding every word come first, by name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.services.contacts.records import ContactRow
from app.services.contacts.search_terms import fts_query, shared_prefix, typed_words
from app.services.contacts.search_walk import Matches, search_few, search_many

__all__ = ["MANY", "fts_query", "names_first", "search_contacts", "shared_prefix"]

# bm25 costs about 1.5 µs a match on a 2-core laptop, and first reads every match of each word:
# 2,000 stay within a few milliseconds.
MANY = 2000
SHORT = 3  # letters of a word that may be held by thousands
# Names first costs about 5 µs a match (its name read from the index's content table, then
# sorted in Python), bm25 about 0.1 µs for each holder of each word it weighs: names first pays
# only when the short words' holders outnumber the matches this many times.
COMMONER = 60

# Up to MANY matches: FTS5 reads its index in rowid order and stops early. Names first sorts
# these very rows (search_walk.py) rather than asking the index again; they come as one JSON
# array made in SQLite, which costs no Python object per row when there are MANY.
_MATCHES_SQL = """SELECT count(*), json_group_array(rowid)
FROM (SELECT rowid FROM contact_fts WHERE contact_fts MATCH :match LIMIT :many)"""
SAMPLE = 5000  # newest index entries in which a short word's holders are counted
# The newest docid, and how many there are, counted up to one more than the sample.
_STORE_SQL = """SELECT max(docid), (SELECT count(*) FROM (SELECT 1 FROM contact_search_map LIMIT :over))
FROM contact_search_map"""
# FTS5 seeks to the rowid bound: it reads only the sample's part of the word's postings.
_SAMPLE_SQL = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH :match AND rowid > :after"
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


def names_first(run: Any, words: list[str], found: int) -> bool:
    """Whether a query of several words with `found` matches (under `MANY`) goes names first:
    its short words (only a short word can be that common: two letters, 10,000 holders at
    100,000 contacts) are held, together, by at least `COMMONER` times as many contacts as it
    matches, and by at least `MANY`."""
    short = [match for word in words if len(word) <= SHORT and (match := fts_query(word))]
    wanted = max(MANY, COMMONER * found)
    store = tuple(run(_STORE_SQL, {"over": SAMPLE + 1}).one()) if short else None
    for match in short:
        wanted -= holders(run, match, store)
        if wanted <= 0:
            return True
    return False


def holders(run: Any, match: str, store: tuple[int | None, int] | None = None) -> int:
    """About how many contacts hold `match`: counted among the `SAMPLE` newest docids of the
    index and scaled to the newest docid (exact in a store of at most `SAMPLE` contacts). Counting
    every holder cost as much as the bm25 it was to spare (2-6 ms for a letter at 100,000
    contacts); the sample, 0.2 ms. Contacts deleted for good leave their docids unused, which
    counts as holders missing evenly: many deleted among the oldest make it an overestimate
    (names first then comes more often: the contacts found are the same, only their order)."""
    # `store`: (newest docid, entries up to SAMPLE + 1), asked once a query by `names_first`.
    newest, entries = store or run(_STORE_SQL, {"over": SAMPLE + 1}).one()
    if newest is None or entries <= SAMPLE:  # a store this small is counted whole
        whole: int = run(_SAMPLE_SQL, {"match": match, "after": 0}).scalar_one()
        return whole
    held: int = run(_SAMPLE_SQL, {"match": match, "after": newest - SAMPLE}).scalar_one()
    return held * newest // SAMPLE


def search_contacts(
    session: Session,
    query: str,
    *,
    kind: str | None = None,
    limit: int = 100,
    offset: int = 0,
    to_check: bool = False,
) -> list[ContactRow]:
    """The matches of `query`, in the order of the module's text. Trashed contacts are not in the
    index, so never found.
    `to_check`: only contacts with a phone an import could not read."""
    match = fts_query(query)
    if match is None:
        return []
    # Straight to the driver: SQLAlchemy's statement handling costs more than the query.
    run = session.connection().exec_driver_sql
    words = typed_words(query)
    found, docids = run(_MATCHES_SQL, {"match": match, "many": MANY}).one()
    if found >= MANY:
        return search_many(run, query, match, words, kind=kind, limit=limit, offset=offset, to_check=to_check)
    if len(words) > 1 and names_first(run, words, found):
        matches = Matches(match, docids)
        return search_few(run, matches, words, kind=kind, limit=limit, offset=offset, to_check=to_check)
    params: dict[str, Any] = {"match": match, "limit": limit, "offset": offset}
    params.update(kind=kind, to_check=to_check)
    rows = run(_SEARCH_KIND_SQL if kind or to_check else _SEARCH_SQL, params)
    return [ContactRow(*row) for row in rows]
