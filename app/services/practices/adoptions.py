"""Each practice's adoption count, `practices.adoptions`: what the library's adoptions order
walks (app/services/practices/search.py).

It is the number of distinct associations among the practice's live adoptions, an adoption
never synced counting as ours (our id, or OURS before the first sync tells it): what the search
computed for every match before. The database's own triggers (migration 0019) keep it when an
adoption is written, changed or removed, when a practice arrives after its adoptions, when an
adoption's known owner changes or is forgotten, and when our association's id changes. One
event is left to the code: an owner *learnt*, a sync_records row inserted. A trigger there would
run for every record of a first sync (3 µs each, 0.3 s for 100,000 contacts) for the few
adoptions among them; so whoever writes those rows for feedback calls `recount_adoptions` in
the same transaction: a pulled page (app/sync/pages.py), the hub's answers to a push
(app/sync/outgoing.py), the demo library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy.orm import Session

from app.services.practices.feedback import OURS

FEEDBACK = "practice_feedback"  # the entity type whose owners the counts depend on

_ME = f"coalesce((SELECT nullif(association_id, '') FROM sync_state WHERE id = 1), '{OURS}')"
_COUNT = (
    f"(SELECT count(DISTINCT coalesce(fr.owner_id, {_ME})) FROM practice_feedback f "
    "LEFT JOIN sync_records fr ON fr.record_id = f.id "
    "WHERE f.practice_id = practices.id AND f.kind = 'adopted' AND f.deleted_at IS NULL)"
)
# Written only where the count changed: a practice's row is long.
_RECOUNT = f"""UPDATE practices SET adoptions = {_COUNT}
  WHERE id IN (SELECT f.practice_id FROM practice_feedback f
    WHERE f.id IN (SELECT value FROM json_each(:ids)) AND f.kind = 'adopted')
  AND adoptions IS NOT {_COUNT}"""


def recount_adoptions(session: Session, feedback_ids: Iterable[str]) -> None:
    """Count again the practices these feedback records adopt (their owners were just learnt)."""
    ids = list(feedback_ids)
    if ids:
        session.flush()  # the owners added as objects are rows before the count reads them
        session.connection().exec_driver_sql(_RECOUNT, {"ids": json.dumps(ids)})
