"""our association's identity; loans out indexed; the practices' search index rebuilt

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-25

The practices' search now folds accents and brings words to the singular before stemming
(app/services/practices/text.py): a store indexed before holds stems cut the old way
("comptabl" for "comptabilité"), which an accent-free query never meets. Every practice is
queued and indexed again here, in the migration's own transaction.
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import Session


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('association_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('legal_form', sa.String(length=100), nullable=True),
    sa.Column('rna', sa.String(length=10), nullable=True),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('representative_name', sa.String(length=200), nullable=True),
    sa.Column('representative_role', sa.String(length=100), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_association_identity'))
    )
    # Equipment out and not back: every availability question looks the few loans out up.
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index(
            'ix_loans_out', ['equipment_id'], unique=False,
            sqlite_where=sa.text('out_date IS NOT NULL AND return_date IS NULL'),
        )
    # The index is rebuilt with the analysis of this version of the application.
    from app.services.practices.index import rebuild_practice_index

    with Session(bind=op.get_bind()) as session:  # joins the migration's transaction
        rebuild_practice_index(session)


def downgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index('ix_loans_out')
    op.drop_table('association_identity')
