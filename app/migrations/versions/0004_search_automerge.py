"""contact search: FTS5 merges its segments less eagerly

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

A first sync writes 100,000 contacts to the index in pages of 5,000; with FTS5's default
automerge of 4 most of the time goes into merging segments again and again. At 8, writing
is about a fifth faster and searching as fast (measured with `make bench`).
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('automerge', 8)")


def downgrade() -> None:
    op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('automerge', 4)")
