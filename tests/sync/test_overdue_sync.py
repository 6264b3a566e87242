"""A marquee lent and not given back, through the real hub: the lender's laptop says where it is
and since when and refuses to promise it, the borrower's says it is late, and another
association's reservation of the days up to today is refused by the hub with the same reason,
until the return is recorded."""

from __future__ import annotations

from datetime import date, timedelta

from app.cli.output import text_of
from app.services.equipment import availability, loans, statuses
from app.services.equipment import records as eq
from app.services.equipment.records import CatalogueFilter, EquipmentFields
from app.sync import conflicts

TODAY = date.today()


def _day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def _status(laptop, reservation_id: str) -> str:
    [line] = [line for line in laptop.run(statuses.lines, TODAY) if line.reservation_id == reservation_id]
    return line.status


def test_a_late_marquee_is_held_on_every_laptop_until_it_comes_back(laptops):
    lender, late, other = (
        laptops("Les Amis du Quartier"),
        laptops("Comité des Fêtes"),
        laptops("Club de Foot"),
    )
    marquee = lender.run(eq.create_equipment, EquipmentFields(name="Barnum 3 × 3 m", shared=True))
    for laptop in (lender, late, other):
        laptop.sync()
    reservation = late.run(lambda s: loans.reserve(s, marquee, _day(-10), _day(-9), contact_name="Marc"))
    late.sync()
    lender.sync()
    loan = lender.run(loans.answer, reservation, True)
    lender.run(loans.check_out, loan, loans.CheckOut(out_date=_day(-10), condition="bon"))
    lender.sync()
    late.sync()

    # The lender's laptop: where it is and since when, and nothing promised meanwhile.
    where = lender.run(availability.out_now)[marquee]
    assert where.reason(TODAY).values == ("Comité des Fêtes", _day(-8))
    wanted = CatalogueFilter(available_from=TODAY, available_to=TODAY)
    assert marquee not in {row.id for row in lender.run(eq.catalogue, wanted)}
    # The borrower's laptop: it is late.
    assert _status(late, reservation) == "overdue"

    # Another association, which cannot see that loan, asks for the days up to today: the hub
    # refuses with where the marquee is.
    asked = other.run(lambda s: loans.reserve(s, marquee, _day(-1), TODAY))
    assert other.sync().conflicts == 1
    assert _status(other, asked) == "refused"
    [refusal] = other.run(conflicts.list_conflicts)
    since = _day(-8).strftime("%d/%m/%Y")
    assert (
        text_of(refusal.reason)
        == f"Ce matériel n'est pas rendu : en retard chez Comité des Fêtes depuis le {since}."
    )

    # Given back: the same days are free for everybody.
    lender.run(loans.give_back, loan, loans.Return(return_date=TODAY, condition="bon"))
    lender.sync()
    assert marquee not in lender.run(availability.out_now)
    again = other.run(lambda s: loans.reserve(s, marquee, _day(1), _day(2)))
    assert other.sync().conflicts == 0
    other.sync()
    assert _status(other, again) == "confirmed"
