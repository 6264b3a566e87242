"""The demo's agreements: every state, parties from the demo's partners, nothing for the outbox,
and the reminders they make appear in `entraide status`, whichever side of the command the
data folder is given on."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select

from app.__main__ import main
from app.db import Database
from app.demo.generator import generate_demo
from app.models import Agreement, NetworkAssociation, OutboxEntry
from app.services.agreements import records as ag
from app.services.agreements.content import content_of, missing_for_signature
from app.services.agreements.reminders import reminders


def test_the_demo_writes_agreements_in_every_state_without_sending_them(db: Database):
    with db.session_factory.begin() as session:
        generate_demo(session, 300)
    with db.session_factory.begin() as session:
        records = list(session.scalars(select(Agreement)))
        assert Counter(r.status for r in records) == {"signed": 3, "draft": 2, "sent": 1, "ended": 1}
        assert Counter(r.kind for r in records) == {"agreement": 6, "amendment": 1}
        members = set(session.scalars(select(NetworkAssociation.id)))
        for record in records:
            content = content_of(record)
            assert any(p.association_id in members for p in content.parties), record.title
            if record.status != "draft":
                assert missing_for_signature(content, record.kind == "amendment") == []
        assert session.scalar(select(OutboxEntry).where(OutboxEntry.entity_type == "agreement")) is None
        rows = ag.agreement_rows(session)
        assert sum(not r.ours for r in rows) == 1  # the partner's own agreement, read-only here
        found = reminders(session)
        assert len(found) == 2 and all(r.ends_on <= date.today() + timedelta(days=60) for r in found)


def test_status_lists_the_agreements_ending_soon(tmp_path, capsys):
    folder = str(tmp_path / "donnees")
    assert main(["--data-dir", folder, "demo", "--size", "200"]) == 0
    capsys.readouterr()
    assert main(["status", "--data-dir", folder]) == 0
    said = capsys.readouterr().out
    assert "Conventions à renouveler ou qui se terminent bientôt :" in said
    assert "« Formation commune aux premiers secours » se termine le" in said
    assert "se renouvelle tacitement" in said
    assert main(["--data-dir", folder, "status", "--days", "0"]) == 0
    assert "Conventions à renouveler" not in capsys.readouterr().out
    assert main(["status", "--data-dir", folder, "--days", "-1"]) == 1
    assert "--days va de 0 à 3650" in capsys.readouterr().err
