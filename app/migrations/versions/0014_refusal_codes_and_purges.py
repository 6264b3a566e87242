"""a refusal's reason code and values, worded in the user's language where it is shown;
the ids of records deleted for good

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

Refusals stored before keep their hub sentence (reason) and no code: they are shown as they are.
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_code', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('reason_values', sa.JSON(), nullable=True))
    op.create_table('sync_purged',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_purged'))
    )


def downgrade() -> None:
    op.drop_table('sync_purged')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_column('reason_values')
        batch_op.drop_column('reason_code')
