"""A pull's page written by PostgreSQL itself: each change's JSON concatenated from the stored
text, the page joined by `string_agg`, the removals merged in version order, all in one
statement. The hub's Python then reads one text instead of a row per change: at a few hundred
changes a pull (what a busy network's laptops bring back), reading and formatting the rows was
most of a pull's CPU (docs/decisions.md, "The hub under load"). Same JSON as
`hub.pull.page_body`, which SQLite and the threaded paths keep using (tested side by side)."""

from __future__ import annotations

from typing import Any

from psycopg import AsyncConnection
from sqlalchemy import text

from hub.raw_statement import RawStatement

# Record ids, entity types, owner ids and visibilities are plain ASCII checked at push (see
# `page_body`): quoted as they are, as the Python path does. `rank` puts a record before a
# removal of the same version, as the Python path's stable sort does.
_PAGE = RawStatement(
    text(
        """
WITH page AS (
  (SELECT r.version, 0 AS rank,
      '{"entity_type":"' || r.entity_type || '","record_id":"' || r.record_id
      || '","version":' || r.version || ',"owner_id":"' || r.owner_id
      || '","visibility":"' || r.visibility || '","parties":' || COALESCE(NULLIF(r.parties::text, ''), '[]')
      || ',"fields":' || CASE WHEN r.deleted THEN '{}' ELSE COALESCE(NULLIF(r.fields::text, ''), '{}') END
      || CASE WHEN r.deleted THEN ',"deleted"\\:true' ELSE ',"deleted"\\:false' END
      || CASE WHEN r.purged THEN ',"purged"\\:true}' ELSE '}' END AS body
   FROM records r
   WHERE r.version > CAST(:cursor AS BIGINT) AND r.version <= CAST(:safe AS BIGINT)
     AND (r.owner_id = CAST(:association AS VARCHAR) OR r.visibility = 'network'
          OR r.record_id IN (SELECT p.record_id FROM record_parties p
                             WHERE p.association_id = CAST(:association AS VARCHAR)))
   ORDER BY r.version LIMIT CAST(:n AS BIGINT))
  UNION ALL
  (SELECT m.version, 1 AS rank,
      '{"entity_type":"' || m.entity_type || '","record_id":"' || m.record_id || '","version":'
      || m.version || ',"fields":{},"parties":[],"deleted"\\:true}' AS body
   FROM removals m
   WHERE m.association_id = CAST(:association AS VARCHAR)
     AND m.version > CAST(:cursor AS BIGINT) AND m.version <= CAST(:safe AS BIGINT)
   ORDER BY m.version LIMIT CAST(:n AS BIGINT))
), kept AS (
  SELECT version, body, row_number() OVER (ORDER BY version, rank) AS place
  FROM page ORDER BY version, rank LIMIT CAST(:n AS BIGINT)
)
SELECT count(*), max(version) FILTER (WHERE place = CAST(:n AS BIGINT) - 1),
       string_agg(body, ',' ORDER BY place) FILTER (WHERE place < CAST(:n AS BIGINT))
FROM kept
"""
    )
)


async def page_text_async(connection: AsyncConnection[Any], values: dict[str, Any]) -> tuple[str, int, bool]:
    """(the changes' JSON joined by commas, the last version in the page, whether more follow),
    for `hub.pull.page_values`' parameters (`n` is one more than the page: has_more)."""
    [(count, last, body)] = await _PAGE.rows_async(connection, values)
    return body or "", last or 0, count >= values["n"]
