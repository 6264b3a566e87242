"""Searches that match thousands of contacts: the list's own order instead of ranking them all.

Ranking (bm25) reads every match: 35 ms for the 30,000 contacts "de" finds at 100,000, ten
times that at 1,000,000, while the first 100 matches in index order come in a tenth of a
millisecond. So when a query matches `MANY` contacts or more, the results come in two runs,
each read in an index's order and stopped at the page:

1. the matches whose list name (`sort_key`: last name first, accents and capitals aside)
   starts with the typed text, in the list's order: "du" gives Dubois, Duc, Dumas… as the
   list shows them;
2. then every other match, in the order the contacts were added (the index's own order).

Together they are exactly the contacts the ranked search finds; only the order differs.
A row of the first run is known to match when its name holds every typed word (checked here,
for names of plain letters, the way the index folds them); any other row is asked of the index.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.services.contacts.records import ContactRow
from app.services.contacts.search_terms import shared_prefix
from app.text import fold

Run = Callable[..., Any]  # a connection's exec_driver_sql

_COLUMNS = "c.id, c.kind, c.display_name, c.email, c.phone, c.tags, c.sort_key, c.phone_to_check"
_LIST_RUN = f"""SELECT {_COLUMNS}, m.docid FROM contacts c
CROSS JOIN contact_search_map m ON m.contact_id = c.id
WHERE c.deleted_at IS NULL AND c.sort_key >= :low AND c.sort_key < :high {{filters}}
ORDER BY c.sort_key, c.id"""
# Read in the index's order (FTS5 gives rowids ascending without sorting), the first run left out.
_INDEX_RUN = f"""SELECT {_COLUMNS} FROM contact_fts
CROSS JOIN contact_search_map m ON m.docid = contact_fts.rowid
CROSS JOIN contacts c ON c.id = m.contact_id
WHERE contact_fts MATCH :match {{outside}} {{filters}}
ORDER BY contact_fts.rowid LIMIT :limit OFFSET :offset"""
_OUTSIDE = "AND NOT (c.sort_key >= :low AND c.sort_key < :high)"
_MATCHES_ONE = "SELECT 1 FROM contact_fts WHERE contact_fts MATCH :match AND rowid = :docid"
_TOKEN = re.compile(r"[a-z0-9]+")
_SEPARATORS = frozenset(" -'.")


def _plain(text: str) -> bool:
    """Letters and digits that fold to ASCII by dropping accents alone ("é" yes; "œ", "ß", "_" no):
    for those the index's folding and app.text.fold agree."""
    for ch in text:
        if ch.isascii():
            if not (ch.isalnum() or ch in _SEPARATORS):
                return False
        elif not unicodedata.normalize("NFD", ch)[0].isascii() or not fold(ch).isalpha():
            return False
    return True


def list_prefix(query: str, words: Sequence[str]) -> tuple[str, str, list[str]] | None:
    """The range of list names starting with the typed text, and the folded words a name must
    hold; None when the text is not plain letters (the first run is then empty)."""
    low = fold(query)
    if not low or not low[0].isalpha() or not _plain(query):
        return None
    high = low[:-1] + chr(ord(low[-1]) + 1)
    return low, high, [fold(shared_prefix(word)) for word in words]


def _name_holds(display_name: str, words: Iterable[str]) -> bool:
    if not _plain(display_name):
        return False
    tokens = _TOKEN.findall(fold(display_name))
    return all(any(token.startswith(word) for token in tokens) for word in words)


def _filters(kind: str | None, to_check: bool) -> str:
    return ("AND c.kind = :kind " if kind else "") + ("AND c.phone_to_check IS NOT NULL" if to_check else "")


def _list_run(
    run: Run, params: dict[str, Any], words: list[str], wanted: int, filters: str
) -> list[ContactRow]:
    """Up to `wanted` matches of the first run, in the list's order."""
    found: list[ContactRow] = []
    rows = run(_LIST_RUN.format(filters=filters), params)
    try:
        for *row, docid in rows:
            contact = ContactRow(*row)
            if (
                _name_holds(contact.display_name, words)
                or run(_MATCHES_ONE, {"match": params["match"], "docid": docid}).first()
            ):
                found.append(contact)
                if len(found) >= wanted:
                    break
    finally:
        rows.close()
    return found


# The names come from the index's own copy (its content table, FTS5's `%_content`, c0 the name),
# read by rowid in one statement: a join per match to the contacts costs twice as much, and
# FTS5 reading each match's content itself 5 µs a match.
_NAMES = """SELECT c.id, c.c0 FROM json_each(:docids) d
CROSS JOIN contact_fts_content c ON c.id = d.value"""
_NAMES_FILTERED = """SELECT contact_fts.rowid, contact_fts.name FROM contact_fts
CROSS JOIN contact_search_map m ON m.docid = contact_fts.rowid
CROSS JOIN contacts c ON c.id = m.contact_id
WHERE contact_fts MATCH :match {filters}"""
_ROWS_OF_DOCIDS = f"""SELECT {_COLUMNS}, m.docid FROM json_each(:docids) d
CROSS JOIN contact_search_map m ON m.docid = d.value
CROSS JOIN contacts c ON c.id = m.contact_id"""


@dataclass(frozen=True)
class Matches:
    """An FTS5 query and the index rows it matches (every one: fewer than `MANY`), as the JSON
    array of their rowids."""

    match: str
    docids: str


def search_few(
    run: Run,
    matches: Matches,
    words: Sequence[str],
    *,
    kind: str | None,
    limit: int,
    offset: int,
    to_check: bool,
) -> list[ContactRow]:
    """Under `MANY` matches of a query with a common word ("michel b"): the contacts
    whose name holds every typed word first, then the others, each by name. bm25 would first
    count every contact holding the common word (a word weighs by its rarity)."""
    # A word starts where no letter or digit comes before it.
    starts = [re.compile(f"(?<![a-z0-9]){re.escape(fold(shared_prefix(word)))}") for word in words]

    def order(row: tuple[int, str]) -> tuple[bool, str, int]:
        # Accents dropped in C (app.text.fold loops in Python): this only orders the rows.
        name = row[1].casefold().replace("œ", "oe").replace("æ", "ae")
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        return (not all(start.search(name) for start in starts), name, row[0])

    filters = _filters(kind, to_check)
    if filters:
        sql, params = _NAMES_FILTERED.format(filters=filters), {"match": matches.match, "kind": kind}
    else:
        sql, params = _NAMES, {"docids": matches.docids}
    names: list[tuple[int, str]] = run(sql, params).cursor.fetchall()
    names.sort(key=order)
    docids = [docid for docid, _name in names[offset : offset + limit]]
    by_docid = {
        row[-1]: ContactRow(*row[:-1]) for row in run(_ROWS_OF_DOCIDS, {"docids": json.dumps(docids)})
    }
    return [by_docid[docid] for docid in docids if docid in by_docid]


def search_many(
    run: Run,
    query: str,
    match: str,
    words: Sequence[str],
    *,
    kind: str | None,
    limit: int,
    offset: int,
    to_check: bool,
) -> list[ContactRow]:
    """The page [offset, offset + limit) of the two runs (see the module's text)."""
    params: dict[str, Any] = {"match": match, "kind": kind}
    filters = _filters(kind, to_check)
    prefix = list_prefix(query, words)
    first: list[ContactRow] = []
    if prefix is not None:
        params["low"], params["high"], folded = prefix
        first = _list_run(run, params, folded, offset + limit, filters)
        if len(first) >= offset + limit:
            return first[offset:]
    params["limit"] = offset + limit - max(offset, len(first))
    params["offset"] = max(0, offset - len(first))
    outside = _OUTSIDE if prefix is not None else ""
    rest = [ContactRow(*row) for row in run(_INDEX_RUN.format(outside=outside, filters=filters), params)]
    return first[offset:] + rest
