"""contacts import: a phone kept as written "to check", saved column mappings

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_profiles',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('columns', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_import_profiles'))
    )
    # Plain ALTER TABLE: a batch copy of `contacts` would drop its search triggers.
    op.add_column('contacts', sa.Column('phone_to_check', sa.String(length=100), nullable=True))
    op.create_index('ix_contacts_to_check', 'contacts', ['sort_key', 'id'], unique=False,
                    sqlite_where=sa.text('phone_to_check IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_contacts_to_check', table_name='contacts')
    op.drop_column('contacts', 'phone_to_check')  # SQLite 3.35+ drops a column in place
    op.drop_table('import_profiles')
