"""courier keys: the hub's key pair, each device's public keys

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hub_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('courier_secret', sa.String(length=88), nullable=True))
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sign_key', sa.String(length=44), nullable=True))
        batch_op.add_column(sa.Column('box_key', sa.String(length=44), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('box_key')
        batch_op.drop_column('sign_key')
    with op.batch_alter_table('hub_state', schema=None) as batch_op:
        batch_op.drop_column('courier_secret')
