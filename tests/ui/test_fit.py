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

from app.db import open_database
from app.demo.generator import generate_demo
from app.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]
SIZES = ("1366x768", "1920x1080")
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


def _run(store: Path, language: str, scale: str, shots: Path, import_file: Path) -> dict[str, list[str]]:
    own = store.parent / f"store-{language}-{scale}"
    shutil.copytree(store, own)
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, FIT_IMPORT_FILE=str(import_file)
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
    # A window taller or wider than the screen's free room is reported, not failed: at 150 %
    # a 1366×768 laptop offers 911×485 points, less than several editors need (docs/decisions.md).
    cut = {s: [p for p in ps if "does not fit" not in p] for s, ps in found.items()}
    cut = {s: ps for s, ps in cut.items() if ps}
    (shots / "too-big.txt").write_text(
        "\n".join(f"{s}: {p}" for s, ps in found.items() for p in ps if "does not fit" in p), encoding="utf-8"
    )
    assert not cut, json.dumps(cut, ensure_ascii=False, indent=1)
