"""Alembic environment of the client store. Batch mode, because SQLite cannot ALTER much."""

from alembic import context
from sqlalchemy import create_engine

from app.models import Base
from app.models.base import is_search_table

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 index and its bookkeeping are made by raw SQL in the migrations.
    return not (type_ == "table" and is_search_table(name))


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # alembic's command line: the address comes from the configuration
        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("alembic: no engine and no sqlalchemy.url to open the store with")
        engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
        )
        context.run_migrations()


run_migrations()
