"""The hub keeps equipment that went out and is not back for its borrower until the return is
recorded (hub/overdue.py), as the desktop does: another association's reservation of the
days up to today is refused with where the equipment is. Run on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from tests.hub.conftest import Hub, op
from tests.hub.test_equipment_rules import _equipment, _lend, _reserve

TODAY = date.today()


def _iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def _french(days: int) -> str:
    return (TODAY + timedelta(days=days)).strftime("%d/%m/%Y")


def test_a_late_return_holds_the_equipment_until_today(hub: Hub):
    owner, amis, tiers = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Les Tiers")
    marquee = _equipment(hub, owner, name="Barnum")
    reservation, _ = _reserve(hub, amis, marquee, start=_iso(-10), end=_iso(-9))
    loan, lent = _lend(hub, owner, reservation, out_date=_iso(-10))
    # The days after its last one, up to today: held while it is not back.
    [late] = hub.push(
        tiers,
        op(
            "reservation",
            equipment_id=marquee,
            start_date=_iso(-1),
            end_date=_iso(0),
            buffer_days=0,
            status="requested",
        ),
    )
    assert late["status"] == "rejected"
    assert late["reason"] == f"Ce matériel n'est pas rendu : en retard chez Les Amis depuis le {_french(-8)}."
    # The code and its values, for the device to word in its user's language.
    assert late["reason_code"] == "overdue"
    assert late["reason_values"] == {"holder": "Les Amis", "since": _iso(-8)}
    # A buffer reaching back to today counts too.
    [buffered] = hub.push(
        tiers,
        op(
            "reservation",
            equipment_id=marquee,
            start_date=_iso(1),
            end_date=_iso(2),
            buffer_days=1,
            status="requested",
        ),
    )
    assert buffered["status"] == "rejected" and "en retard" in buffered["reason"]
    # From tomorrow on, nothing is promised yet and nothing refused: it may be back by then.
    _reserve(hub, tiers, marquee, start=_iso(1), end=_iso(2))
    # Once the return is recorded, today is free again.
    [back] = hub.push(
        owner, op("loan", record_id=loan["record_id"], base=lent["version"], return_date=_iso(0))
    )
    assert back["status"] in ("applied", "merged"), back
    _reserve(hub, tiers, marquee, start=_iso(-1), end=_iso(0))


def test_out_and_not_yet_due_says_until_when(hub: Hub):
    owner, amis, tiers = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Les Tiers")
    sono = _equipment(hub, owner, name="Sono")
    reservation, _ = _reserve(hub, amis, sono, start=_iso(-2), end=_iso(3))
    _lend(hub, owner, reservation, out_date=_iso(-4))  # taken two days early
    [early] = hub.push(
        tiers,
        op(
            "reservation",
            equipment_id=sono,
            start_date=_iso(-3),
            end_date=_iso(-3),
            buffer_days=0,
            status="requested",
        ),
    )
    assert early["reason"] == f"Ce matériel est en prêt chez Les Amis jusqu'au {_french(3)}."
