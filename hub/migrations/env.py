"""Alembic environment of the hub database (SQLite or PostgreSQL)."""

from alembic import context
from sqlalchemy import create_engine

from hub.models import Base

config = context.config


def run_migrations() -> None:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic: sqlalchemy.url is not set (hub/db.py sets it)")
    engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=url.startswith("sqlite")
        )
        context.run_migrations()
    engine.dispose()


run_migrations()
