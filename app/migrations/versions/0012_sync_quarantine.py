"""sync quarantine, refusal reasons field by field, and the sync_state row made once

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_quarantine',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('change', sa.JSON(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_quarantine'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('problems', sa.JSON(), nullable=True))
    # The one sync_state row exists from now on: nobody inserts it at run time, so two
    # connections asking for it at once can no longer both try (UNIQUE constraint failed).
    op.execute("INSERT OR IGNORE INTO sync_state (id, cursor) VALUES (1, 0)")


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_column('problems')
    op.drop_table('sync_quarantine')
