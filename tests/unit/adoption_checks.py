"""The adoption counts kept in `practices.adoptions` (migration 0019, app/services/practices/
adoptions.py) checked against their definition, as the library's search computed them for every
match before: distinct associations among the live adoptions, an adoption never synced counting
as ours (our id, or "~ours" before the first sync). And the adoptions order of the search
against a sort done by hand with those counts."""

from __future__ import annotations

import json

from app.services.practices.search import PracticeQuery, SortOrder, search_practices
from app.services.practices.text import query_terms

# The search's own definition before the count was kept (`_COUNT` of kind "adopted"), per practice.
DEFINED = """SELECT p.id, (SELECT count(DISTINCT coalesce(fr.owner_id, :me)) FROM practice_feedback f
  LEFT JOIN sync_records fr ON fr.record_id = f.id
  WHERE f.practice_id = p.id AND f.kind = 'adopted' AND f.deleted_at IS NULL), p.adoptions FROM practices p"""


def _me(session) -> str:
    row = session.connection().exec_driver_sql("SELECT association_id FROM sync_state WHERE id = 1").first()
    return row[0] if row and row[0] else "~ours"


def defined_counts(session) -> dict[str, int]:
    return {row[0]: row[1] for row in session.connection().exec_driver_sql(DEFINED, {"me": _me(session)})}


def kept_counts(session) -> dict[str, int]:
    return {row[0]: row[2] for row in session.connection().exec_driver_sql(DEFINED, {"me": _me(session)})}


def _by_hand(session, text: str, theme: str | None) -> list[str]:
    run = session.connection().exec_driver_sql
    counts = defined_counts(session)
    match = query_terms(text).fts()
    matching = (
        {
            row[0]
            for row in run(
                "SELECT m.practice_id FROM practice_fts JOIN practice_search_map m"
                " ON m.docid = practice_fts.rowid WHERE practice_fts MATCH ?",
                (match,),
            )
        }
        if match
        else None
    )
    rows = [
        (counts[pid], published or updated, rowid, pid)
        for pid, published, updated, rowid, themes in run(
            "SELECT id, published_at, updated_at, rowid, themes FROM practices WHERE deleted_at IS NULL"
        )
        if (matching is None or pid in matching) and (theme is None or theme in json.loads(themes))
    ]
    rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)  # most adopted, newest, last rowid
    return [r[3] for r in rows]


def check_adoptions(session, texts: tuple[str, ...] = ("",), theme: str | None = None) -> dict[str, int]:
    """Every kept count equals its definition, and the adoptions order of the search gives,
    page after page, what sorting by hand gives; returns the counts."""
    defined = defined_counts(session)
    assert kept_counts(session) == defined
    for text in texts:
        expected = _by_hand(session, text, theme)
        for offset in range(0, max(len(expected), 1), 7):
            wanted = PracticeQuery(
                text=text, theme=theme, sort=SortOrder.ADOPTIONS.value, limit=7, offset=offset
            )
            hits = search_practices(session, wanted)
            assert [hit.id for hit in hits] == expected[offset : offset + 7], (text, offset)
            assert [hit.adoptions for hit in hits] == [defined[hit.id] for hit in hits]
    return defined
