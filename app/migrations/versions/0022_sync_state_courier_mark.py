"""sync: the newest mark this computer gave the hub (an op id it pushed, a courier file it
prepared), so that the next courier file is marked later even when the clock was set back

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07

The hub applies a courier file only if no file this computer prepared later was applied before
(hub/courier.py), and it reads "later" from the file's mark, a UUIDv7 of the laptop's clock. A
laptop whose clock went back (a flat BIOS battery puts it years back) made marks older than its
last ones, and its files were held without a word. The column keeps the newest mark given, and
the next one is made later than it (docs/decisions.md).
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


# Plain ALTER TABLE: a batch would copy the table, which the practices' triggers name.
def upgrade() -> None:
    op.add_column("sync_state", sa.Column("courier_mark", sa.String(36), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_state", "courier_mark")
