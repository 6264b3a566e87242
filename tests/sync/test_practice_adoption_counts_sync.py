"""The adoption counts kept in each practice's row, through the real hub: adoptions made on
several laptops (two of one association, offline at the same time), pushed, pulled, edited and
withdrawn, and a laptop whose first sync brings them all and tells it its association's id. On
every laptop after every sync, the kept counts equal their definition and the search's
adoptions order equals a sort by hand (tests/unit/adoption_checks.py)."""

from __future__ import annotations

from app.services.practices import feedback as fb
from app.services.practices import records as pr
from tests.unit.adoption_checks import check_adoptions
from tests.unit.practice_helpers import fields

TEXTS = ("", "atelier", "benevoles")


def _checked(*laptops) -> list[dict[str, int]]:
    return [laptop.run(check_adoptions, TEXTS) for laptop in laptops]


def test_counts_through_pushes_pulls_and_a_first_sync(laptops):
    author = laptops("Les Amis du Quartier")
    titles = ["Atelier vélo", "Atelier couture", "Accueil des bénévoles", "Repair café"]
    practices = []
    for title in titles:
        practice = author.run(pr.create_draft, fields(title=title))
        author.run(pr.publish, practice, "Première publication")
        practices.append(practice)
    author.sync()
    fetes, fetes_2, club = laptops("Comité des Fêtes"), laptops("Comité des Fêtes"), laptops("Club de Vélo")
    for laptop in (fetes, fetes_2, club):
        laptop.sync()

    # Two laptops of one association adopt the same practice offline; another association too.
    fetes.run(fb.adopt, practices[0])
    fetes_2.run(fb.adopt, practices[0], "De notre côté aussi")
    fetes.run(fb.adopt, practices[1])
    club.run(fb.adopt, practices[0])
    club.run(fb.adopt, practices[2])
    _checked(fetes, fetes_2, club)
    for laptop in (fetes, fetes_2, club, author, fetes):
        laptop.sync()
    counts = _checked(author, fetes, fetes_2, club)
    assert counts[0] == counts[1] == counts[3]
    assert [counts[0][p] for p in practices] == [2, 1, 1, 0]  # the Comité once, the Club

    # A laptop's first sync brings every adoption; its association's id comes at the end of it.
    late = laptops("Comité des Fêtes")
    late.sync()
    assert late.run(check_adoptions, TEXTS) == counts[0]

    # Withdrawn by the Comité (both its laptops' adoptions are its own) and by the Club.
    fetes.run(fb.withdraw_adoption, practices[0])
    club.run(fb.withdraw_adoption, practices[2])
    club.run(fb.adopt, practices[3], "Lancé en mai", "reussie")
    _checked(fetes, club)
    for laptop in (fetes, club, author, fetes_2, late, fetes):
        laptop.sync()
    counts = _checked(author, fetes, fetes_2, club, late)
    assert all(other == counts[0] for other in counts)
    assert [counts[0][p] for p in practices] == [1, 1, 0, 1]
