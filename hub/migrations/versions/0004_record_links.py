"""record links: what belongs to which record, and no orphan left

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import json
from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# The parents as declared when this revision was written (protocol/record_schemas.py).
PARENTS = {"role": ("person_id", "organisation_id"), "consent": ("person_id",)}


def upgrade() -> None:
    op.create_table('record_links',
    sa.Column('parent_id', sa.String(length=36), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('parent_id', 'record_id', name=op.f('pk_record_links'))
    )
    with op.batch_alter_table('record_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_links_record_id'), ['record_id'], unique=False)
    _link_and_tidy(op.get_bind())


def _fields(value):
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def _link_and_tidy(bind) -> None:
    """Link every stored child to its parents; a child still alive under a deleted parent of its
    own association (stored before the hub deleted children with their parent) is deleted now,
    at a new version, so that every device receives its deletion."""
    records = sa.table(
        'records',
        sa.column('record_id'), sa.column('entity_type'), sa.column('owner_id'), sa.column('fields'),
        sa.column('deleted'), sa.column('version'), sa.column('deleted_version'), sa.column('updated_at'),
    )
    links = sa.table('record_links', sa.column('parent_id'), sa.column('record_id'))
    state = sa.table('hub_state', sa.column('id'), sa.column('last_version'))
    rows = bind.execute(
        sa.select(records.c.record_id, records.c.entity_type, records.c.owner_id, records.c.fields,
                  records.c.deleted).where(records.c.entity_type.in_(list(PARENTS)))
    ).all()
    found, orphans = [], []
    for record_id, entity_type, owner_id, fields, deleted in rows:
        fields = _fields(fields)
        parents = sorted({fields.get(name) for name in PARENTS[entity_type]
                          if isinstance(fields.get(name), str) and 0 < len(fields.get(name)) <= 36})
        found += [{"parent_id": parent, "record_id": record_id} for parent in parents]
        if not deleted and parents:
            gone = bind.execute(
                sa.select(sa.func.count()).select_from(records).where(
                    records.c.record_id.in_(parents), records.c.owner_id == owner_id,
                    records.c.deleted == sa.true(),
                )
            ).scalar()
            if gone:
                orphans.append(record_id)
    if found:
        bind.execute(links.insert(), found)
    if not orphans:
        return
    version = bind.execute(sa.select(state.c.last_version).where(state.c.id == 1)).scalar() or 0
    for record_id in orphans:
        version += 1
        bind.execute(
            records.update().where(records.c.record_id == record_id).values(
                deleted=True, version=version, deleted_version=version, updated_at=datetime.now(UTC).replace(tzinfo=None)
            )
        )
    bind.execute(state.update().where(state.c.id == 1).values(last_version=version))


def downgrade() -> None:
    with op.batch_alter_table('record_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_links_record_id'))

    op.drop_table('record_links')
