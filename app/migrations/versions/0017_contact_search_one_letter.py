"""contact search: a prefix index of one letter too, so that "maison d" or "michel b" stays fast;
practices: indexes that the library's filters and orders read instead of the long rows

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-06

FTS5 answers a prefix query from a prefix index when it has one of that length (0002 made
them for 2, 3 and 4 letters); a word of one letter ("b"*) otherwise merges the postings of
every word that starts with it: 5 to 15 ms at 100,000 contacts before any ranking, on every
"first name + initial" typed. FTS5's options cannot be altered, so the index is made again
with the same columns, tokenizer and settings plus prefix 1, from its own rows (same rowids:
contact_search_map still points at them). The triggers of 0002 name the table only in their
bodies, which SQLite resolves when they run: they carry on unchanged.

A practice's row holds its whole text: sorting 5,000 matches by date read 5,000 such rows.
ix_practices_pick holds what the sorts and filters need; ix_practice_feedback_counts the counts;
ix_practices_by_date lets the date order walk from the newest and stop at the page.
"""

from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None

_COLUMNS = "name, orgs, emails, phones, tags, notes"


def _rebuild(prefixes: str) -> None:
    op.execute(f"CREATE TEMP TABLE contact_fts_rows AS SELECT rowid AS docid, {_COLUMNS} FROM contact_fts")
    op.execute("DROP TABLE contact_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE contact_fts USING fts5({_COLUMNS},"
        f" tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefixes}')"
    )
    # The settings of 0002 and 0004 belong to the table: set again.
    op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 3.0, 3.0, 2.0, 1.0)')")
    op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('automerge', 8)")
    op.execute(
        f"INSERT INTO contact_fts(rowid, {_COLUMNS}) SELECT docid, {_COLUMNS} FROM temp.contact_fts_rows"
        " ORDER BY docid"
    )
    op.execute("DROP TABLE temp.contact_fts_rows")


def upgrade() -> None:
    _rebuild("1 2 3 4")
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_practices_pick", ["id", "deleted_at", "published_at", "updated_at", "status", "themes"]
        )
        batch_op.create_index(
            "ix_practices_by_date", ["deleted_at", sa.text("coalesce(published_at, updated_at)"), "id"]
        )
    with op.batch_alter_table("practice_feedback", schema=None) as batch_op:
        batch_op.create_index("ix_practice_feedback_counts", ["practice_id", "kind", "deleted_at", "id"])


def downgrade() -> None:
    with op.batch_alter_table("practice_feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_practice_feedback_counts")
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.drop_index("ix_practices_by_date")
        batch_op.drop_index("ix_practices_pick")
    _rebuild("2 3 4")
