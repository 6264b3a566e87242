"""Migration 0021 leaves the empty values out of the e-mail, phone, RNA and SIRET indexes: the
lookups by a value (duplicates, imports) still use them and find the same contacts, down at 0020
and up again; a first sync builds them as the migration made them."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import select, text

from app.db import alembic_config, make_engine, open_database
from app.models.contacts import Contact, Organisation
from app.services.contacts import records as contacts
from app.services.contacts.duplicates import find_duplicates
from app.services.contacts.fields import ContactFields
from app.services.contacts.transfer.matching import lookup

NAMES = ("email", "phone", "rna", "siret")
_INDEXES = text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (:a, :b, :c, :d)")


def _indexes(engine) -> dict[str, str]:
    names = {key: f"ix_contacts_{name}" for key, name in zip("abcd", NAMES, strict=True)}
    with engine.connect() as conn:
        return dict(conn.execute(_INDEXES, names).all())


def _siret(number: int) -> str:
    """A SIRET that passes the Luhn check (the store refuses any other)."""
    base = f"{number:013d}"
    for last in "0123456789":
        digits = [int(d) for d in base + last]
        total = sum(
            d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits))
        )
        if total % 10 == 0:
            return base + last
    raise AssertionError("unreachable")


def _fill(session) -> None:
    for number in range(30):
        person = ContactFields(kind="person", first_name=f"Prénom{number}", last_name="Martin")
        if number % 3:  # some without e-mail or phone: left out of those indexes
            person.email, person.phone = f"p{number}@exemple.fr", f"06 12 34 56 {number:02d}"
        contacts.create_contact(session, person)
        organisation = ContactFields(kind="organisation", name=f"Association {number}")
        if number % 2:
            organisation.rna, organisation.siret = f"W{number:09d}", _siret(1000 + number)
        contacts.create_contact(session, organisation)


def _plans(engine) -> dict[str, str]:
    """How SQLite answers the lookups the application makes: the index each one uses."""
    found = {}
    with engine.connect() as conn:
        for name in NAMES:
            for sql in (
                f"SELECT id FROM contacts WHERE {name} = ?",
                f"SELECT id FROM contacts WHERE {name} IN (?, ?)",
            ):
                rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("x", "y")[: sql.count("?")])
                found[sql] = " ".join(str(row[-1]) for row in rows)
    return found


def _answers(database) -> list:
    def ask(session) -> list:
        stored = {
            name: sorted(v for v in session.scalars(select(Contact.__table__.c[name])) if v)[:2]
            for name in NAMES
        }
        people = lookup(session, "person", {"email": set(stored["email"]), "phone": set(stored["phone"])})
        orgs = lookup(session, "organisation", {"rna": set(stored["rna"]), "siret": set(stored["siret"])})
        twin = ContactFields(kind="person", first_name="Autre", last_name="Nom", email=stored["email"][0])
        empty = session.scalars(select(Contact.id).where(Organisation.rna.is_(None))).all()
        return [
            sorted((key, [k.id for k in known]) for key, known in people.items()),
            sorted((key, [k.id for k in known]) for key, known in orgs.items()),
            [t.id for t in find_duplicates(session, twin)],
            len(empty),
        ]

    return database.run(ask)


def test_lookups_by_value_use_the_partial_indexes_down_and_up_again(data_paths):
    database = open_database(data_paths)
    try:
        database.run(_fill)
        answers = _answers(database)
        assert answers[0] and answers[1] and answers[2] and answers[3] == 15  # organisations without an RNA
        made = _indexes(database.engine)
        assert all(f"WHERE {name} IS NOT NULL" in made[f"ix_contacts_{name}"] for name in NAMES)
        plans = _plans(database.engine)
        for sql, plan in plans.items():
            assert "USING INDEX ix_contacts_" in plan or "USING COVERING INDEX ix_contacts_" in plan, (
                sql,
                plan,
            )
    finally:
        database.close()

    engine = make_engine(data_paths.database)
    command.downgrade(alembic_config(engine), "0020")
    assert not any("WHERE" in sql for sql in _indexes(engine).values())
    engine.dispose()

    database = open_database(data_paths)  # upgraded again
    try:
        assert _indexes(database.engine) == made
        assert _answers(database) == answers
        with sqlite3.connect(data_paths.database) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        raw.close()
    finally:
        database.close()
