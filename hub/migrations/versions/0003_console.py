"""console: coordinator accounts, sessions, audit log, network activity; association, device
and enrolment code details

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('console_admins',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_admins')),
    sa.UniqueConstraint('email', name=op.f('uq_console_admins_email'))
    )
    op.create_table('console_audit',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=254), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('target', sa.String(length=300), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_audit'))
    )
    with op.batch_alter_table('console_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_audit_at'), ['at'], unique=False)

    op.create_table('console_login_attempts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('email_hash', sa.String(length=64), nullable=False),
    sa.Column('client', sa.String(length=64), nullable=False),
    sa.Column('succeeded', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_login_attempts'))
    )
    with op.batch_alter_table('console_login_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_login_attempts_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_console_login_attempts_client'), ['client'], unique=False)
        batch_op.create_index(batch_op.f('ix_console_login_attempts_email_hash'), ['email_hash'], unique=False)

    op.create_table('console_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.Column('activity_version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_state'))
    )
    op.create_table('device_activity',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('month', 'device_id', name=op.f('pk_device_activity'))
    )
    op.create_table('network_activity',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('association_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'record_id', name=op.f('pk_network_activity'))
    )
    with op.batch_alter_table('network_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_activity_month'), ['month'], unique=False)

    op.create_table('console_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('admin_id', sa.String(length=36), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['admin_id'], ['console_admins.id'], name=op.f('fk_console_sessions_admin_id_console_admins'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_console_sessions'))
    )
    with op.batch_alter_table('console_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_sessions_admin_id'), ['admin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_console_sessions_expires_at'), ['expires_at'], unique=False)

    with op.batch_alter_table('associations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('address', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('contact_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=40), nullable=True))

    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('app_version', sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column('last_error', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('last_error_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('created_by', sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column('hint', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(), nullable=True))

    # A device seen before the console existed was active in the month of its last sync.
    devices = sa.table('devices', sa.column('id'), sa.column('association_id'), sa.column('last_seen_at', sa.DateTime()))
    activity = sa.table('device_activity', sa.column('month'), sa.column('device_id'), sa.column('association_id'))
    connection = op.get_bind()
    rows = [
        {'month': f'{seen:%Y-%m}', 'device_id': device_id, 'association_id': association_id}
        for device_id, association_id, seen in connection.execute(
            sa.select(devices.c.id, devices.c.association_id, devices.c.last_seen_at).where(
                devices.c.last_seen_at.is_not(None)
            )
        )
        if hasattr(seen, 'year')
    ]
    if rows:
        op.bulk_insert(activity, rows)


def downgrade() -> None:
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_at')
        batch_op.drop_column('hint')
        batch_op.drop_column('created_by')
        batch_op.drop_column('created_at')

    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('last_error_at')
        batch_op.drop_column('last_error')
        batch_op.drop_column('app_version')

    with op.batch_alter_table('associations', schema=None) as batch_op:
        batch_op.drop_column('contact_phone')
        batch_op.drop_column('contact_email')
        batch_op.drop_column('contact_name')
        batch_op.drop_column('address')
        batch_op.drop_column('kind')

    with op.batch_alter_table('console_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_console_sessions_expires_at'))
        batch_op.drop_index(batch_op.f('ix_console_sessions_admin_id'))

    op.drop_table('console_sessions')
    with op.batch_alter_table('network_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_activity_month'))

    op.drop_table('network_activity')
    op.drop_table('device_activity')
    op.drop_table('console_state')
    with op.batch_alter_table('console_login_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_console_login_attempts_email_hash'))
        batch_op.drop_index(batch_op.f('ix_console_login_attempts_client'))
        batch_op.drop_index(batch_op.f('ix_console_login_attempts_at'))

    op.drop_table('console_login_attempts')
    with op.batch_alter_table('console_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_console_audit_at'))

    op.drop_table('console_audit')
    op.drop_table('console_admins')
