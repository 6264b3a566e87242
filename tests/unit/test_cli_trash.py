"""`entraide trash`: the list of every kind, restore, delete for good and empty, which asks for
--yes before anything irreversible."""

from __future__ import annotations

import pytest

from app.__main__ import main
from app.services import trash_listing
from tests.unit.trash_helpers import one_of_each


def run(capsys, *argv: str) -> tuple[int, list[str], list[str]]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err.splitlines()


def test_list_restore_delete_and_empty(db, capsys, store):
    made = one_of_each(db)
    code, out, _err = run(capsys, "trash", *store)
    assert code == 0 and len(out) == 5
    kinds = {line.split()[1] for line in out}
    assert kinds == {"contact", "matériel", "pratique", "convention", "modèle"}
    shown = {line.split()[0] for line in out}
    assert {made[kind][-8:] for kind in made} == shown  # the ids' ends, unique among 5

    code, _out, err = run(capsys, "trash", "restore", made["equipment"][-8:], *store)
    assert (code, err) == (0, ["1 élément restauré."])
    code, _out, err = run(capsys, "trash", "restore", "ffffffff", *store)
    assert code == 1 and "n'est pas dans la corbeille" in err[0]

    code, _out, err = run(capsys, "trash", "delete", made["contact"], *store)
    assert code == 1 and "--yes" in err[0] and "irréversible" in err[0]
    assert db.run(trash_listing.count) == 4
    code, _out, err = run(capsys, "trash", "delete", made["contact"], "--yes", *store)
    assert (code, err) == (0, ["1 élément supprimé définitivement."])

    code, _out, err = run(capsys, "trash", "empty", *store)
    assert code == 1 and err[0].startswith("entraide : 3 éléments seraient supprimés définitivement")
    code, _out, err = run(capsys, "trash", "empty", "--yes", *store)
    assert (code, err) == (0, ["Corbeille vidée : 3 éléments supprimés définitivement."])
    code, _out, err = run(capsys, "trash", *store)
    assert (code, err) == (0, ["La corbeille est vide."])


def test_ids_after_an_option_count_and_the_list_and_empty_take_none(db, capsys, store):
    made = one_of_each(db)
    # `empty` with an id would have emptied everything: refused, the trash untouched.
    code, _out, err = run(capsys, "trash", "empty", made["contact"][-8:], "--yes", *store)
    assert code == 1 and "entraide trash delete" in err[0] and db.run(trash_listing.count) == 5
    code, _out, err = run(capsys, "trash", "list", made["contact"][-8:], *store)
    assert code == 1 and "ne prend pas d'identifiant" in err[0]
    # argparse took the ids only before the first option: `delete --yes ID` said "arguments inconnus".
    code, _out, err = run(capsys, "trash", "delete", "--yes", made["contact"][-8:], made["practice"], *store)
    assert (code, err) == (0, ["2 éléments supprimés définitivement."])
    code, _out, err = run(capsys, "trash", "restore", "--language", "fr", made["equipment"][-8:], *store)
    assert (code, err) == (0, ["1 élément restauré."])
    code, _out, err = run(capsys, "trash", "restore", made["agreement"][-6:], *store)
    assert code == 1 and "trop court" in err[0] and "au moins 8 caractères" in err[0]
    with pytest.raises(SystemExit):  # a word that is no id nor option is still refused elsewhere
        main(["status", "extra", *store])
    assert "arguments inconnus : extra" in capsys.readouterr().err
