"""practices: each practice's adoption count kept in its row, so that the adoptions order walks
an index from the most adopted and stops at the page; a short index for the list of themes

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-06

The count is of distinct associations among the practice's live adoptions; an adoption never
synced (no sync_records row) is ours, under our association's id, or "~ours" before the first
sync tells it (app/services/practices/search.py computed it so for every match of every search).
Plain SQL triggers keep it: on any adoption written, changed or removed, on the hub's owner of
an adoption changed or forgotten, on a practice arriving after its adoptions (a pull brings them
in any order), and on our association's id changing (the first sync, a new enrolment). An
owner *learnt* (a sync_records row inserted) is left to its writers, which call
app/services/practices/adoptions.py: a trigger on every insert into sync_records cost a first
sync 3 µs per record (0.3 s for 100,000 contacts) for the few adoptions among them. A
practice's row is rewritten only when its count really changes. The column may be
NULL: a pull's bulk insert leaves the columns it does not carry empty, and the practice's own
insert trigger fills it at once.
"""

from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0017"
branch_labels = None
depends_on = None

_ME = "coalesce((SELECT nullif(association_id, '') FROM sync_state WHERE id = 1), '~ours')"


def _count(practice: str) -> str:
    return (
        f"(SELECT count(DISTINCT coalesce(fr.owner_id, {_ME})) FROM practice_feedback f "
        "LEFT JOIN sync_records fr ON fr.record_id = f.id "
        f"WHERE f.practice_id = {practice} AND f.kind = 'adopted' AND f.deleted_at IS NULL)"
    )


def _recount(where: str) -> str:
    count = _count("practices.id")
    return f"UPDATE practices SET adoptions = {count} WHERE {where} AND adoptions IS NOT {count};"


_FEEDBACK_OF = "(SELECT practice_id FROM practice_feedback WHERE id = {record} AND kind = 'adopted')"
_TRIGGERS = {
    "practice_adoptions_ai": (
        "AFTER INSERT ON practice_feedback WHEN new.kind = 'adopted'",
        _recount("id = new.practice_id"),
    ),
    "practice_adoptions_au": (
        "AFTER UPDATE OF practice_id, kind, deleted_at ON practice_feedback "
        "WHEN old.kind = 'adopted' OR new.kind = 'adopted'",
        _recount("id = old.practice_id") + _recount("id = new.practice_id"),
    ),
    "practice_adoptions_ad": (
        "AFTER DELETE ON practice_feedback WHEN old.kind = 'adopted'",
        _recount("id = old.practice_id"),
    ),
    "practice_adoption_owners_au": (
        "AFTER UPDATE OF record_id, entity_type, owner_id ON sync_records "
        "WHEN old.entity_type = 'practice_feedback' OR new.entity_type = 'practice_feedback'",
        _recount("id = " + _FEEDBACK_OF.format(record="old.record_id"))
        + _recount("id = " + _FEEDBACK_OF.format(record="new.record_id")),
    ),
    "practice_adoption_owners_ad": (
        "AFTER DELETE ON sync_records WHEN old.entity_type = 'practice_feedback'",
        _recount("id = " + _FEEDBACK_OF.format(record="old.record_id")),
    ),
    "practice_adoptions_practice_ai": ("AFTER INSERT ON practices", _recount("id = new.id")),
    # Our id decides which unsynced adoptions merge with synced ones: only adopted practices move.
    "practice_adoptions_me_au": (
        "AFTER UPDATE OF association_id ON sync_state "
        "WHEN old.association_id IS NOT new.association_id",
        _recount("id IN (SELECT practice_id FROM practice_feedback WHERE kind = 'adopted')"),
    ),
}


def upgrade() -> None:
    op.add_column("practices", sa.Column("adoptions", sa.Integer(), server_default="0", nullable=True))
    op.execute(_recount("id IN (SELECT practice_id FROM practice_feedback WHERE kind = 'adopted')"))
    for name, (when, body) in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_practices_by_adoptions",
            ["deleted_at", "adoptions", sa.text("coalesce(published_at, updated_at)"), "id"],
        )
        batch_op.create_index("ix_practices_themes", ["deleted_at", "themes"])


def downgrade() -> None:
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.drop_index("ix_practices_themes")
        batch_op.drop_index("ix_practices_by_adoptions")
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("ALTER TABLE practices DROP COLUMN adoptions")  # SQLite 3.35: the table and its triggers stay
