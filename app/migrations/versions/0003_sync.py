"""sync bookkeeping

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('local_value', sa.JSON(), nullable=True),
    sa.Column('remote_value', sa.JSON(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('remote_version', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_record_id'), ['record_id'], unique=False)

    op.create_table('sync_inbox',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('change', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_inbox'))
    )
    op.create_table('sync_outbox',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('base_version', sa.BigInteger(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('sent_revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_outbox'))
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_sync_outbox_created', ['created_at'], unique=False)

    op.create_table('sync_records',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('visibility', sa.String(length=10), nullable=True),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_records'))
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hub_url', sa.String(length=500), nullable=True),
    sa.Column('hub_instance_id', sa.String(length=36), nullable=True),
    sa.Column('association_id', sa.String(length=36), nullable=True),
    sa.Column('association_name', sa.String(length=300), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('cursor', sa.BigInteger(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )



def downgrade() -> None:

    op.drop_table('sync_state')
    op.drop_table('sync_records')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_created')

    op.drop_table('sync_outbox')
    op.drop_table('sync_inbox')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_record_id'))

    op.drop_table('sync_conflicts')

