"""courier files: the hub's public keys, the stick folder, the list of files prepared, carried
and imported

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_courier_files',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('hub_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_courier_files'))
    )
    with op.batch_alter_table('sync_courier_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_courier_files_file_id'), ['file_id'], unique=False)
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hub_sign_key', sa.String(length=44), nullable=True))
        batch_op.add_column(sa.Column('hub_box_key', sa.String(length=44), nullable=True))
        batch_op.add_column(sa.Column('courier_folder', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.drop_column('courier_folder')
        batch_op.drop_column('hub_box_key')
        batch_op.drop_column('hub_sign_key')
    with op.batch_alter_table('sync_courier_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_courier_files_file_id'))
    op.drop_table('sync_courier_files')
