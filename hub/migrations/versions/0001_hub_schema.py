"""hub schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('associations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('rna', sa.String(length=10), nullable=True),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_associations')),
    sa.UniqueConstraint('name', name=op.f('uq_associations_name'))
    )
    op.create_table('hub_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instance_id', sa.String(length=36), nullable=False),
    sa.Column('last_version', sa.BigInteger(), nullable=False),
    sa.Column('oldest_cursor', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_state'))
    )
    op.create_table('operation_results',
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_operation_results'))
    )
    with op.batch_alter_table('operation_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_results_created_at'), ['created_at'], unique=False)

    op.create_table('removals',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_removals'))
    )
    with op.batch_alter_table('removals', schema=None) as batch_op:
        batch_op.create_index('ix_removals_association_version', ['association_id', 'version'], unique=False)

    op.create_table('reservation_holds',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('equipment_id', sa.String(length=36), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('buffer_days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_reservation_holds'))
    )
    with op.batch_alter_table('reservation_holds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reservation_holds_equipment_id'), ['equipment_id'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['association_id'], ['associations.id'], name=op.f('fk_devices_association_id_associations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_devices_token_hash'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_association_id'), ['association_id'], unique=False)

    op.create_table('enrollment_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['association_id'], ['associations.id'], name=op.f('fk_enrollment_codes_association_id_associations')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_codes'))
    )
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollment_codes_association_id'), ['association_id'], unique=False)

    op.create_table('records',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('visibility', sa.String(length=10), nullable=False),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_version', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['associations.id'], name=op.f('fk_records_owner_id_associations')),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_records'))
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index('ix_records_owner_version', ['owner_id', 'version'], unique=False)
        batch_op.create_index('ix_records_version', ['version'], unique=False)
        batch_op.create_index('ix_records_visibility_version', ['visibility', 'version'], unique=False)

    op.create_table('record_parties',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['records.record_id'], name=op.f('fk_record_parties_record_id_records')),
    sa.PrimaryKeyConstraint('record_id', 'association_id', name=op.f('pk_record_parties'))
    )
    with op.batch_alter_table('record_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_parties_association_id'), ['association_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('record_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_parties_association_id'))

    op.drop_table('record_parties')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index('ix_records_visibility_version')
        batch_op.drop_index('ix_records_version')
        batch_op.drop_index('ix_records_owner_version')

    op.drop_table('records')
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollment_codes_association_id'))

    op.drop_table('enrollment_codes')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_association_id'))

    op.drop_table('devices')
    with op.batch_alter_table('reservation_holds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reservation_holds_equipment_id'))

    op.drop_table('reservation_holds')
    with op.batch_alter_table('removals', schema=None) as batch_op:
        batch_op.drop_index('ix_removals_association_version')

    op.drop_table('removals')
    with op.batch_alter_table('operation_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operation_results_created_at'))

    op.drop_table('operation_results')
    op.drop_table('hub_state')
    op.drop_table('associations')

