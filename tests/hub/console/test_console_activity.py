"""The network's pulse (counted from shared records, by month, once per record, exported as CSV)
and the operations page (state, backups, backup now), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import uuid

from sqlalchemy import func, select

from hub import activity
from hub.db import utcnow
from hub.models import ConsoleAudit, NetworkActivity
from protocol.messages import PROTOCOL_VERSION
from tests.hub.console.conftest import operation, text_of, words_of


def test_the_pulse_counts_what_happened_between_associations_by_month(console):
    year = utcnow().year - 1
    amis, comite = console.device("Les Amis"), console.device("Le Comité")
    assert console.handshake(amis) == console.handshake(comite) == 200
    projector = operation("equipment", visibility="network", name="Vidéoprojecteur")
    drill = operation("equipment", visibility="private", name="Perceuse")
    console.push(amis, projector, drill)
    # Le Comité borrows Les Amis' projector in March; Les Amis lends it.
    reservation = operation(
        "reservation",
        equipment_id=projector["record_id"],
        start_date=f"{year}-03-10",
        end_date=f"{year}-03-12",
    )
    console.push(comite, reservation)
    loan = operation(
        "loan",
        reservation_id=reservation["record_id"],
        equipment_id=projector["record_id"],
        decision="accepted",
        out_date=f"{year}-03-10",
    )
    # Les Amis reserving its own projector is no activity between associations.
    own = operation(
        "reservation",
        equipment_id=projector["record_id"],
        start_date=f"{year}-05-01",
        end_date=f"{year}-05-02",
    )
    console.push(amis, loan, own)
    # An agreement signed in February (its amendment is not another agreement), a practice
    # published in January then edited in February, adopted by Le Comité.
    parties = [comite.association_id]
    console.push(
        amis,
        operation(
            "agreement", visibility="parties", kind="agreement", status="signed", signed_on=f"{year}-02-15"
        )
        | {"parties": parties},
        operation(
            "agreement", visibility="parties", kind="amendment", status="signed", signed_on=f"{year}-02-20"
        )
        | {"parties": parties},
        operation("agreement", visibility="parties", kind="agreement", status="draft") | {"parties": parties},
    )
    practice = str(uuid.uuid4())
    console.push(
        amis,
        *(
            operation(
                "practice_version", practice_id=practice, number=n, published_at=f"{year}-0{n}-05T10:00:00Z"
            )
            for n in (1, 2)
        ),
    )
    console.push(comite, operation("practice_feedback", practice_id=practice, kind="adopted"))

    page = console.client.get(f"/admin/activite?annee={year}")
    assert page.status_code == 200
    rows = {
        row[0]: row
        for row in csv.reader(
            io.StringIO(console.client.get(f"/admin/activite.csv?annee={year}").text.lstrip("\ufeff")),
            delimiter=";",
        )
    }
    assert rows["Mois"] == [
        "Mois",
        "Réservations entre associations",
        "Prêts entre associations",
        "Matériel mis en partage",
        "Pratiques publiées",
        "Pratiques adoptées",
        "Conventions signées",
        "Associations actives",
        "Appareils actifs",
    ]
    assert len(rows) == 13  # the header and the twelve months of the year
    assert rows[f"{year}-01"][1:7] == ["0", "0", "0", "1", "0", "0"]
    assert rows[f"{year}-02"][1:7] == ["0", "0", "0", "0", "0", "1"]
    assert rows[f"{year}-03"][1:7] == ["1", "1", "0", "0", "0", "0"]
    assert rows[f"{year}-05"][1:7] == ["0"] * 6
    this_month = words_of(console.client.get("/admin/activite").text)
    assert (
        "2 associations actives sur la période" in this_month
        and "2 appareils actifs sur la période" in this_month
    )
    # The current month: the projector shared and the adoption (first seen now), two devices active.
    [now] = activity_now(console)
    assert (now.count(activity.EQUIPMENT), now.count(activity.ADOPTED), now.devices, now.associations) == (
        1,
        1,
        2,
        2,
    )

    # Edited again and scanned again (another worker, another page view): still counted once.
    console.push(
        amis,
        operation("equipment", record_id=projector["record_id"], name="Vidéoprojecteur HD")
        | {"base_version": 99},
    )
    console.client.get("/admin")
    with console.database.writer.begin() as session:
        activity.scan_records(session)
    with console.database.reader() as session:
        assert session.scalar(select(func.count()).select_from(NetworkActivity)) == 6
    # In English, with commas.
    console.client.cookies.set("entraide_console_langue", "en", path="/admin")
    english = console.client.get(f"/admin/activite.csv?annee={year}").text
    assert (
        english.startswith("Month,Reservations between associations,") and f"{year}-03,1,1,0,0,0,0" in english
    )
    assert "Network activity" in console.client.get("/admin/activite").text


def activity_now(console) -> list[activity.MonthActivity]:
    with console.database.reader() as session:
        return activity.pulse(session, activity.last_months(1))


def test_operations_show_the_hub_and_make_a_backup(console, tmp_path):
    page = words_of(console.client.get("/admin/exploitation").text)
    kind = "SQLite" if console.settings.database_url.startswith("sqlite") else "PostgreSQL"
    assert f"Base de données {kind}" in page and f"protocole {PROTOCOL_VERSION}" in page
    assert "Les sauvegardes ne peuvent pas être listées" in page  # no folder yet: said, not hidden
    answer = console.post("/admin/exploitation/sauvegarde")
    assert answer.status_code == 422 and "La sauvegarde a échoué" in text_of(answer.text)
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    (folder / "hub-2026-01-31-0330.sauvegarde").write_bytes(b"x" * 2048)  # as the nightly timer names them
    answer = console.post("/admin/exploitation/sauvegarde")
    assert (
        answer.status_code == 303
        and answer.headers["location"] == "/admin/exploitation?message=sauvegarde-faite"
    )
    made = sorted(p.name for p in folder.iterdir())
    assert len(made) == 2 and made[1].startswith("hub-") and made[1].endswith(".sauvegarde")
    page = words_of(console.client.get("/admin/exploitation?message=sauvegarde-faite").text)
    assert "La sauvegarde est faite." in page and "2 sauvegardes" in page
    assert made[1] in page and "hub-2026-01-31-0330.sauvegarde" in page and "2,0 Ko" in page
    home = words_of(console.client.get("/admin").text)
    assert "dernière sauvegarde" in home
    with console.database.reader() as session:
        assert (
            session.scalar(select(ConsoleAudit.target).where(ConsoleAudit.action == "backup_made")) == made[1]
        )
