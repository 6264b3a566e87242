"""`entraide --self-test`, run from the virtual environment (the bundle's run is in
test_bundle.py), and how it reports a failure."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli.selftest import HEADLESS_CHECKS, Check, CheckFailed, SelfTestContext, check_pdf, run_checks
from app.paths import DataPaths

LABELS = (
    "base créée et migrée",
    "bon de prêt rendu en PDF",
    "convention rendue en PDF",
    "traductions chargées",
    "fenêtre principale dessinée",
)


def entraide_command() -> list[str]:
    script = Path(sys.executable).with_name("entraide")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "app"]


def assert_all_passed(output: str) -> None:
    lines = output.splitlines()
    for label in LABELS:
        assert any(line.startswith(f"✓ {label}") for line in lines), (label, output)
    assert not any(line.startswith(("✗", "·")) for line in lines), output
    assert lines[-1] == f"Entraide {__version__} : tout fonctionne."


def test_self_test_passes_from_the_virtual_environment_and_never_touches_the_data(tmp_path):
    home, data = tmp_path / "home", tmp_path / "donnees-utilisateur"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "ENTRAIDE_DATA_DIR": str(data),
    }
    done = subprocess.run(
        [*entraide_command(), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert_all_passed(done.stdout)
    assert "police DejaVu Sans" in done.stdout  # resources/fonts, not reportlab's Latin-1 fallback
    assert not data.exists()  # the store, the backups and the settings were all temporary
    assert not (home / "share" / "Entraide").exists() and not (home / "config" / "Entraide").exists()


def test_a_failing_check_is_reported_in_french_and_stops_the_ones_after_it(tmp_path):
    def broken(_ctx: SelfTestContext) -> str:
        raise CheckFailed("la police manque")

    def crashing(_ctx: SelfTestContext) -> str:
        raise OSError("disque plein")

    ctx = SelfTestContext(tmp_path, DataPaths(tmp_path / "donnees"))
    out = io.StringIO()
    code = run_checks(
        [
            Check("première", lambda _ctx: "détail"),
            Check("deuxième", broken),
            Check("troisième", lambda _ctx: None),
        ],
        ctx,
        out,
    )
    assert code == 1
    assert out.getvalue().splitlines() == [
        "✓ première (détail)",
        "✗ deuxième : la police manque",
        "· troisième : non vérifié",
        f"Entraide {__version__} : une vérification a échoué.",
    ]
    out = io.StringIO()
    assert run_checks([Check("inattendue", crashing)], ctx, out) == 1
    assert out.getvalue().startswith("✗ inattendue : erreur inattendue (OSError) : disque plein\n")


def test_the_headless_checks_run_in_process_on_a_temporary_store(tmp_path):
    ctx = SelfTestContext(tmp_path, DataPaths(tmp_path / "donnees"))
    out = io.StringIO()
    try:
        assert run_checks(HEADLESS_CHECKS, ctx, out) == 0, out.getvalue()
    finally:
        ctx.close()
    assert list(ctx.paths.backups.glob("entraide-*-avant-*.sqlite3"))  # migrated from the previous schema


def test_a_pdf_needs_its_signature_and_a_page():
    one_page = b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R] >>\n2 0 obj << /Type /Page >>"
    assert check_pdf(one_page, "le bon") == 1
    with pytest.raises(CheckFailed, match="n'est pas un PDF"):
        check_pdf(b"<html>", "le bon")
    with pytest.raises(CheckFailed, match="aucune page"):
        check_pdf(b"%PDF-1.4\n<< /Type /Pages /Count 0 >>", "le bon")
