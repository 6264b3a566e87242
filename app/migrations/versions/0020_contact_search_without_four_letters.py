"""contact search: no prefix index of four letters (kept: one, two and three)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

Each prefix index adds an entry for every word of every contact: the four-letter one cost a
first sync of 100,000 contacts 0.15-0.2 s and every contact written its share, and no search
gained from it. A four-letter word starts few words of the index (FTS5 reads those words'
postings instead), where one to three letters start hundreds: the search as you type answered
as fast without it, at 100,000 contacts as at 1,000,000 (docs/decisions.md). FTS5's options
cannot be altered: the index is made again as in 0017, from its own rows (same rowids:
contact_search_map still points at them), and the triggers of 0002 carry on unchanged.
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_COLUMNS = "name, orgs, emails, phones, tags, notes"


def _rebuild(prefixes: str) -> None:
    # A frozen copy of 0017's: a migration keeps doing what it did when it was written.
    op.execute(f"CREATE TEMP TABLE contact_fts_rows AS SELECT rowid AS docid, {_COLUMNS} FROM contact_fts")
    op.execute("DROP TABLE contact_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE contact_fts USING fts5({_COLUMNS},"
        f" tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefixes}')"
    )
    op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 3.0, 3.0, 2.0, 1.0)')")
    op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('automerge', 8)")
    op.execute(
        f"INSERT INTO contact_fts(rowid, {_COLUMNS}) SELECT docid, {_COLUMNS} FROM temp.contact_fts_rows"
        " ORDER BY docid"
    )
    op.execute("DROP TABLE temp.contact_fts_rows")


def upgrade() -> None:
    _rebuild("1 2 3")


def downgrade() -> None:
    _rebuild("1 2 3 4")
