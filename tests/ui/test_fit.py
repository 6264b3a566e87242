"""Every screen fits: each section, editor and dialog opened on a demo store at 1366×768 and
1920×1080, at 100 % and 150 %, in French and English; no label, button, tab, header or sidebar
text wider than its room, no form to scroll sideways. One program per scale and language
(tests/ui/fit/screens.py), two at a time. Screenshots go to ENTRAIDE_FIT_SHOTS (default: a
folder of the test's own)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select

from app.db import open_database
from app.demo.generator import generate_demo
from app.models import Person
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import create_contact

ROOT = Path(__file__).resolve().parents[2]
SIZES = ("1366x768", "1920x1080")
TASKBAR = 40  # physical pixels a desktop keeps for its panel (tests/ui/fit/screens.py)
TWIN_NOTE = "Fiche en double"  # tests/ui/fit/screens.py finds it by this note
RUNS = [(language, scale) for language in ("fr", "en") for scale in ("1", "1.5")]


def _import_file(folder: Path) -> Path:
    lines = ["Nom;Prénom;Courriel;Téléphone;Organisation"]
    lines += [
        f"Martin{i};Jeanne;j{i}@exemple.org;0612345678;Association des parents d'élèves n°{i}"
        for i in range(30)
    ]
    path = folder / "contacts.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _twins(session) -> None:
    """Two cards that look like the first person's, for the duplicates dialog."""
    first = session.scalars(
        select(Person).where(Person.deleted_at.is_(None), Person.email.is_not(None)).order_by(Person.sort_key)
    ).first()
    for notes in (TWIN_NOTE, TWIN_NOTE + " (2)"):
        create_contact(
            session,
            ContactFields(
                first_name=first.first_name, last_name=first.last_name, email=first.email, notes=notes
            ),
        )


def _screens(folder: Path) -> Path:
    """Qt's offscreen screens, one per size side by side, each less its desktop panel: the window
    moves from one to the next, and dialogs bound their size to the same free room as on a real
    screen (tests/ui/fit/screens.py)."""
    screens, x = [], 0
    for size in SIZES:
        width, height = (int(part) for part in size.split("x"))
        screens.append({"name": size, "x": x, "y": 0, "width": width, "height": height - TASKBAR})
        x += width
    path = folder / "screens.json"
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


def _run(store: Path, language: str, scale: str, shots: Path, import_file: Path) -> dict[str, list[str]]:
    own = store.parent / f"store-{language}-{scale}"
    shutil.copytree(store, own)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={_screens(store.parent)}",
        QT_SCALE_FACTOR=scale,
        FIT_IMPORT_FILE=str(import_file),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit.screens", str(own), language, str(shots), *SIZES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_screen_fits_at_every_size_scale_and_language(tmp_path):
    store = tmp_path / "demo"
    database = open_database(DataPaths(store))
    with database.session_factory.begin() as session:
        generate_demo(session, 300, 7, None, equipment=40, practices=40)
        _twins(session)
    database.close()
    shots = Path(os.environ.get("ENTRAIDE_FIT_SHOTS") or tmp_path / "shots")
    import_file = _import_file(tmp_path)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda run: _run(store, *run, shots, import_file), RUNS))
    found = {
        f"{language} {screen}": problems
        for (language, _scale), result in zip(RUNS, results, strict=True)
        for screen, problems in result.items()
    }
    assert len(found) >= 8 * 20  # every screen was measured in every combination
    # A window or dialog larger than the screen's free room fails like a cut text: at 150 % a
    # 1366×768 laptop offers 911×485 points, and every screen must fit in them.
    cut = {s: ps for s, ps in found.items() if ps}
    (shots / "problems.json").write_text(json.dumps(cut, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not cut, json.dumps(cut, ensure_ascii=False, indent=1)
