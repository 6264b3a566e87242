"""field devices

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field_devices', sa.JSON(), nullable=False, server_default='{}'))




def downgrade() -> None:

    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_column('field_devices')


