"""Agreements through the real hub: each party's laptop sees the same agreement, only its author
edits it, an association that is not a party never receives it, and one removed from the
parties loses its copy."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InvalidInput
from app.models import Agreement
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, Party, Payment, content_of
from app.services.agreements.parties import member_for, our_party
from app.sync.engine import status
from tests.sync.support import HubDatabase


def _party(session, name: str, key: str) -> Party:
    member = member_for(session, name, None, None)
    assert member is not None, f"{name} is not in the network's member list"
    return Party(
        key=key,
        name=member.name,
        signatory_name="Paul Roux",
        signatory_role="Président",
        association_id=member.id,
    )


def _draft(partner: str):
    def write(session) -> str:
        us = our_party(session, "p1")
        assert us is not None
        us.signatory_name, us.signatory_role = "Claire Martin", "Présidente"
        content = AgreementContent(
            title="Fête de quartier 2027",
            parties=[us, _party(session, partner, "p2")],
            purpose="Organiser ensemble la fête de quartier.",
            start_date=date(2027, 1, 1),
            duration_months=12,
            signature_place="Lyon",
            payments=[Payment("Participation aux frais", "p2", "p1", 25_000, "à la signature")],
        )
        return ag.create_agreement(session, content, date(2026, 11, 24))

    return write


def _seen(laptop) -> dict[str, tuple[str, str]]:
    def read(session) -> dict[str, tuple[str, str]]:
        alive = session.query(Agreement).filter(Agreement.deleted_at.is_(None))
        return {r.id: (r.status, r.title) for r in alive}

    return laptop.run(read)


def _replace_partner(old: str, new: str, agreement_id: str):
    def write(session) -> None:
        content = content_of(ag.load(session, agreement_id))
        content.parties = [p for p in content.parties if p.name != old] + [_party(session, new, "p3")]
        content.payments = []
        ag.update_agreement(session, agreement_id, content)

    return write


def test_an_agreement_reaches_its_parties_only_and_follows_its_lifecycle(laptops, live_hub):
    author, partner, outsider = (
        laptops("Les Amis du Quartier"),
        laptops("Vélo Solidaire"),
        laptops("Comité des Fêtes"),
    )
    for laptop in (partner, outsider, author):
        laptop.sync()  # everyone learns the network's member list
    agreement = author.run(_draft("Comité des Fêtes"))
    author.sync()
    outsider.sync()
    partner.sync()
    # The Comité is a party, for now.
    assert outsider.run(lambda s: ag.load(s, agreement).title) == "Fête de quartier 2027"
    assert _seen(partner) == {}

    # The author swaps the Comité for Vélo Solidaire: the Comité loses its copy, the new party gets it.
    author.run(_replace_partner("Comité des Fêtes", "Vélo Solidaire", agreement))
    author.sync()
    outsider.sync()
    partner.sync()
    assert _seen(outsider) == {}
    assert _seen(partner) == {agreement: ("draft", "Fête de quartier 2027")}
    [row] = partner.run(ag.agreement_rows)
    assert not row.ours and row.parties == "Les Amis du Quartier, Vélo Solidaire"
    with pytest.raises(InvalidInput):  # a party reads, only the author edits
        partner.run(_replace_partner("Vélo Solidaire", "Comité des Fêtes", agreement))
    with pytest.raises(InvalidInput):
        partner.run(ag.mark_signed, agreement, date(2026, 12, 1))
    partner.sync()
    assert partner.run(status)["pending"] == 0

    scan = ("signee.pdf", "application/pdf", b"%PDF-1.4 scan")
    author.run(ag.mark_signed, agreement, date(2026, 12, 1), scan)
    amendment = author.run(ag.create_amendment, agreement)
    author.sync()
    partner.sync()
    outsider.sync()
    seen = _seen(partner)
    assert seen[agreement] == ("signed", "Fête de quartier 2027")
    assert seen[amendment][0] == "draft"
    assert partner.run(lambda s: ag.load(s, amendment).reference).endswith("-A1")
    assert partner.run(ag.scan_of, agreement) is None  # the scan stays on the author's laptop
    assert author.run(lambda s: ag.scan_of(s, agreement).file_name) == "signee.pdf"
    assert _seen(outsider) == {}
    hub = HubDatabase(live_hub)
    try:
        held = hub.records("Les Amis du Quartier", "agreement")
        partner_id = hub.association_id("Vélo Solidaire")
    finally:
        hub.close()
    assert set(held) == {agreement, amendment}
    assert {(r.visibility, tuple(r.parties)) for r in held.values()} == {("parties", (partner_id,))}
