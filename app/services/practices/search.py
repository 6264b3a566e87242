"""The practices library: full-text search (French word forms, accents and case aside) with
filters and three orders, or the plain list when nothing is typed.

One SQL statement per call returns everything a row of the list shows (author, counts,
"adopted by us"): with no filter, FTS5 picks the best hits first (ORDER BY rank LIMIT stops
early) and only those are joined; with filters, the limit applies after the join.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models.base import as_utc
from app.services.identity import our_name
from app.services.practices.feedback import OURS
from app.services.practices.index import catch_up
from app.services.practices.snippets import Snippet, snippet_for, title_spans
from app.services.practices.text import QueryTerms, query_terms

OURS_FILTER = OURS  # `author_id` for "written by our association"


class SortOrder(enum.StrEnum):
    RELEVANCE = "relevance"  # the best matches first (the date order when nothing is typed)
    DATE = "date"  # the latest publication first
    ADOPTIONS = "adoptions"  # the most adopted first


@dataclass
class PracticeQuery:
    text: str = ""
    theme: str | None = None
    author_id: str | None = None  # an association's id, or OURS_FILTER
    status: str | None = None  # "draft" or "published"
    adopted_by_us: bool = False
    sort: str = SortOrder.RELEVANCE.value
    limit: int = 50
    offset: int = 0


@dataclass
class PracticeHit:
    id: str
    title: str
    title_spans: list[tuple[int, int]]
    summary: str
    snippet: Snippet
    themes: list[str]
    tags: list[str]
    status: str
    author_id: str | None
    author_name: str
    ours: bool
    published_at: datetime | None
    updated_at: datetime
    useful: int
    adoptions: int
    adopted_by_us: bool
    rank: float | None = None  # bm25 when sorted otherwise than by relevance; else None


# :me is our association's id (OURS before a first sync), :our_name its name.
_OURS = "(sr.owner_id IS NULL OR sr.owner_id = :me)"
_SELECT = f"""p.id, p.title, p.summary, p.context, p.method, p.results, p.lessons, p.themes, p.tags,
  p.status, p.published_at, p.updated_at, sr.owner_id, {_OURS} AS ours,
  CASE WHEN {_OURS} THEN :our_name ELSE coalesce(na.name, '?') END AS author_name,
  {{useful}} AS useful, {{adoptions}} AS adoptions, {{adopted}} AS adopted_by_us"""
# Associations counted once each; our own records before a first sync count as ours.
_COUNT = (
    "(SELECT count(DISTINCT coalesce(fr.owner_id, :me)) FROM practice_feedback f "
    "LEFT JOIN sync_records fr ON fr.record_id = f.id "
    "WHERE f.practice_id = p.id AND f.kind = '{kind}' AND f.deleted_at IS NULL)"
)
_ADOPTED_BY_US = (
    "EXISTS (SELECT 1 FROM practice_feedback f "
    "LEFT JOIN sync_records fr ON fr.record_id = f.id "
    "WHERE f.practice_id = p.id AND f.kind = 'adopted' AND f.deleted_at IS NULL "
    "AND (fr.owner_id IS NULL OR fr.owner_id = :me))"
)
_COLUMNS = _SELECT.format(
    useful=_COUNT.format(kind="useful"), adoptions=_COUNT.format(kind="adopted"), adopted=_ADOPTED_BY_US
)
_JOINS = (
    "LEFT JOIN sync_records sr ON sr.record_id = p.id "
    "LEFT JOIN network_associations na ON na.id = sr.owner_id"
)
# The fast path: the best hits are picked inside FTS5 (it stops early with ORDER BY rank
# LIMIT), exactly as a bare FTS5 query would; then their rows, in a second statement.
_FTS_TOP = (
    "SELECT rowid FROM practice_fts WHERE practice_fts MATCH :match ORDER BY rank LIMIT :limit OFFSET :offset"
)
_ROWS_OF_DOCIDS = f"""SELECT {_COLUMNS}, m.docid FROM json_each(:docids) AS d
  CROSS JOIN practice_search_map m ON m.docid = d.value
  CROSS JOIN practices p ON p.id = m.practice_id {_JOINS}"""
# Otherwise the page is picked on narrow rows first, and only its rows get the long columns
# and the counts (SQLite would otherwise carry them through the sort for every match).
# CROSS JOIN keeps the page first: left to choose, SQLite went five times slower.
# ix_practices_pick holds every column read here: the long rows are left alone. bm25 only for
# the relevance order (the others rank their page afterwards, `_RANKS`).
_PICK_FTS = """SELECT p.id, {rank} AS rank, 0 AS adoptions,
  coalesce(p.published_at, p.updated_at) AS sort_date, p.rowid AS tiebreak{total}
  FROM practice_fts JOIN practice_search_map m ON m.docid = practice_fts.rowid
  JOIN practices p INDEXED BY ix_practices_pick ON p.id = m.practice_id {owners}
  WHERE practice_fts MATCH :match {where}"""
# The date and adoptions orders: the practices walked in the order's own index (from the newest,
# or from the most adopted: `practices.adoptions`, kept by triggers, migration 0019), each checked
# against the matches' ids when something is typed, stopped at the page (no long row is read).
_WALK = """SELECT p.id, NULL AS rank, {adoptions} AS adoptions,
  coalesce(p.published_at, p.updated_at) AS sort_date, p.rowid AS tiebreak
  FROM practices p INDEXED BY {index} {owners}
  WHERE p.deleted_at IS NULL {matches} {where}"""
_MATCHES = """AND p.id IN (SELECT m.practice_id FROM practice_fts
    CROSS JOIN practice_search_map m ON m.docid = practice_fts.rowid WHERE practice_fts MATCH :match)"""
_RANKS = """SELECT m.practice_id, practice_fts.rank FROM practice_fts
  CROSS JOIN practice_search_map m ON m.docid = practice_fts.rowid
  WHERE practice_fts MATCH :match AND m.practice_id IN (SELECT value FROM json_each(:ids))"""
_PICK_PLAIN = """SELECT p.id, NULL AS rank, 0 AS adoptions,
  coalesce(p.published_at, p.updated_at) AS sort_date, p.rowid AS tiebreak
  FROM practices p {owners}
  WHERE p.deleted_at IS NULL {where}"""
_PAGE = f"""WITH pick AS ({{pick}} ORDER BY {{order}} LIMIT :limit OFFSET :offset)
  SELECT {_COLUMNS}, pick.rank{{total}} FROM pick CROSS JOIN practices p ON p.id = pick.id {_JOINS}
  ORDER BY {{outer_order}}"""
# The rowid breaks ties (sorting on the text id costs five times more).
_ORDERS = {
    SortOrder.RELEVANCE.value: "rank, sort_date DESC, tiebreak DESC",
    SortOrder.DATE.value: "sort_date DESC, tiebreak DESC",
    SortOrder.ADOPTIONS.value: "adoptions DESC, sort_date DESC, tiebreak DESC",
}
# The list's header when the page's statement could not count it (`_counts_itself`): from
# ix_practices_pick, owners only for a filter on them.
_COUNT_FTS = """SELECT count(*) FROM practice_fts JOIN practice_search_map m ON m.docid = practice_fts.rowid
  JOIN practices p INDEXED BY ix_practices_pick ON p.id = m.practice_id {owners}
  WHERE practice_fts MATCH :match {where}"""
# Without a filter, the index's own map is enough: it holds the live practices only (after
# `catch_up`), and looking up every match's row by its text id cost 4 to 10 times more.
_COUNT_INDEXED = """SELECT count(*) FROM practice_fts
  JOIN practice_search_map m ON m.docid = practice_fts.rowid WHERE practice_fts MATCH :match"""
_COUNT_PLAIN = """SELECT count(*) FROM practices p INDEXED BY ix_practices_pick {owners}
  WHERE p.deleted_at IS NULL {where}"""


def _filters(query: PracticeQuery, params: dict[str, Any]) -> str:
    where = []
    if query.status:
        where.append("p.status = :status")
        params["status"] = query.status
    if query.theme:
        where.append(_theme_clause(query.theme))
        params["theme"] = query.theme
    if query.author_id == OURS_FILTER:
        where.append(_OURS)
    elif query.author_id:
        where.append("coalesce(sr.owner_id, :me) = :author")
        params["author"] = query.author_id
    if query.adopted_by_us:
        where.append(_ADOPTED_BY_US)
    return "".join(f" AND {clause}" for clause in where)


# A theme of plain ASCII characters is written as such inside the JSON list: a substring test
# drops most rows before json_each reads the list (which alone decides).
_PLAIN_THEME = re.compile(r"[ !#-\[\]-~]+")


def _theme_clause(theme: str) -> str:
    exact = "EXISTS (SELECT 1 FROM json_each(p.themes) t WHERE t.value = :theme)"
    return f"instr(p.themes, :theme) AND {exact}" if _PLAIN_THEME.fullmatch(theme) else exact


# The list's header from the pick itself, which reads every match anyway: counting them again
# (`count_practices`) cost about 8 ms of a 24 ms page at 20,000 practices with a theme filter.
_TOTAL = ", count(*) OVER () AS total"


def _counts_itself(query: PracticeQuery, where: str, ranked: bool) -> bool:
    """Whether the page's statement reads every match (`_PICK_FTS`) and can count them too."""
    return ranked and bool(where) and query.sort == SortOrder.RELEVANCE.value


def _page_sql(query: PracticeQuery, where: str, ranked: bool, counted: bool = False) -> str:
    """The page's statement; `counted` (only where `_counts_itself`) adds each row's total."""
    assert not counted or _counts_itself(query, where, ranked)  # only _PICK_FTS counts
    order = _ORDERS.get(query.sort, _ORDERS[SortOrder.RELEVANCE.value])
    if not ranked and query.sort == SortOrder.RELEVANCE.value:
        order = _ORDERS[SortOrder.DATE.value]  # nothing typed: the newest first
    # Looking up 20,000 owners costs more than the sort: only for an author filter.
    owners = "LEFT JOIN sync_records sr ON sr.record_id = p.id" if "sr." in where else ""
    if query.sort == SortOrder.ADOPTIONS.value or (ranked and query.sort == SortOrder.DATE.value):
        by_adoptions = query.sort == SortOrder.ADOPTIONS.value
        pick = _WALK.format(
            adoptions="p.adoptions" if by_adoptions else "0",
            index="ix_practices_by_adoptions" if by_adoptions else "ix_practices_by_date",
            owners=owners,
            matches=_MATCHES if ranked else "",
            where=where,
        )
    else:
        pick = (_PICK_FTS if ranked else _PICK_PLAIN).format(
            rank="practice_fts.rank" if query.sort == SortOrder.RELEVANCE.value else "NULL",
            where=where,
            owners=owners,
            total=_TOTAL if counted else "",
        )
    outer = ", ".join(f"pick.{term.strip()}" for term in order.split(","))
    return _PAGE.format(pick=pick, order=order, outer_order=outer, total=", pick.total" if counted else "")


def _me(session: Session) -> tuple[str, str]:
    row = session.connection().exec_driver_sql("SELECT association_id FROM sync_state WHERE id = 1").first()
    return (row[0] if row and row[0] else OURS), our_name(session)


def _when(value: str | None) -> datetime | None:
    return as_utc(datetime.fromisoformat(value)) if value else None


def _hit(row: Sequence[Any], terms: QueryTerms) -> PracticeHit:  # a row of the driver
    (
        practice_id,
        title,
        summary,
        context,
        method,
        results,
        lessons,
        themes,
        tags,
        status,
        published,
        updated,
        owner,
        ours,
        author_name,
        useful,
        adoptions,
        adopted,
        rank,
    ) = row
    if terms.empty:
        snippet = Snippet(" ".join(summary.split())[:200])
    else:
        snippet = snippet_for(terms, summary, context, method, results, lessons)
    return PracticeHit(
        practice_id,
        title,
        title_spans(title, terms),
        summary,
        snippet,
        json.loads(themes),
        json.loads(tags),
        status,
        owner,
        author_name,
        bool(ours),
        _when(published),
        as_utc(datetime.fromisoformat(updated)),  # never empty
        useful,
        adoptions,
        bool(adopted),
        rank,
    )


def search_practices(session: Session, query: PracticeQuery | None = None) -> list[PracticeHit]:
    """The library's rows: matches of the typed text (or every practice), filtered and sorted."""
    return _search(session, query or PracticeQuery(), count=False)[0]


def search_and_count(session: Session, query: PracticeQuery) -> tuple[list[PracticeHit], int]:
    """The page's rows and how many practices the query finds in all (the list's header)."""
    hits, total = _search(session, query, count=True)
    return hits, (total if total is not None else count_practices(session, query))


def _search(session: Session, query: PracticeQuery, count: bool) -> tuple[list[PracticeHit], int | None]:
    """The page's rows, and the total when `count` and the page's statement could count."""
    catch_up(session)
    terms = query_terms(query.text)
    match = terms.fts()
    # Straight to the driver: SQLAlchemy's statement and row handling cost more than the join.
    run = session.connection().exec_driver_sql
    me, our_name = _me(session)
    params: dict[str, Any] = {
        "limit": query.limit,
        "offset": query.offset,
        "match": match,
        "me": me,
        "our_name": our_name,
    }
    where = _filters(query, params)
    rows: Sequence[Sequence[Any]]
    total: int | None = None
    if match is not None and not where and query.sort == SortOrder.RELEVANCE.value:
        docids = [docid for (docid,) in run(_FTS_TOP, params)]
        params["docids"] = json.dumps(docids)
        by_docid = {row[-1]: row for row in run(_ROWS_OF_DOCIDS, params)}
        rows = [(*by_docid[docid][:-1], None) for docid in docids if docid in by_docid]
    elif count and _counts_itself(query, where, ranked=match is not None):
        rows = run(_page_sql(query, where, ranked=True, counted=True), params).all()
        total = rows[0][-1] if rows else None  # no row to read it from: `search_and_count` asks
        rows = [row[:-1] for row in rows]
    else:
        rows = run(_page_sql(query, where, ranked=match is not None), params).all()
        if match is not None and query.sort != SortOrder.RELEVANCE.value and rows:
            params["ids"] = json.dumps([row[0] for row in rows])
            ranks: dict[str, float] = dict(run(_RANKS, params).all())
            rows = [(*row[:-1], ranks.get(row[0])) for row in rows]
    return [_hit(row, terms) for row in rows], total


def count_practices(session: Session, query: PracticeQuery | None = None) -> int:
    """How many practices the query finds (the list's header, unless `search_and_count` had it)."""
    query = query or PracticeQuery()
    catch_up(session)
    match = query_terms(query.text).fts()
    params: dict[str, Any] = {"match": match, "me": _me(session)[0]}
    where = _filters(query, params)
    if match is not None and not where:
        return int(session.connection().exec_driver_sql(_COUNT_INDEXED, params).scalar_one())
    owners = "LEFT JOIN sync_records sr ON sr.record_id = p.id" if "sr." in where else ""
    sql = (_COUNT_PLAIN if match is None else _COUNT_FTS).format(where=where, owners=owners)
    found: int = session.connection().exec_driver_sql(sql, params).scalar_one()
    return found
