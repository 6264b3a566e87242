"""The Linux bundle, built as `make installer` builds it, works on its own: its self-test passes
with no virtual environment, no PYTHONPATH and an empty home, and its archive installs into
~/.local and uninstalls without touching the data. Slow (about a minute to build here): skipped by
`make test-quick`, run by `make test`."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from app.ui.application import DESKTOP_ID

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),  # the build alone takes minutes on a loaded machine
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
MAX_BUNDLE_MB = 300  # about 200 MB when written (Qt is most of it): more means something crept in
LEFT_OUT = (
    "hub",
    "fastapi",
    "starlette",
    "uvicorn",
    "psycopg",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "httpx",
    "pypdf",
    "importlinter",
    "phonenumbers.geodata",
)


@dataclass(frozen=True)
class Built:
    bundle: Path
    archive: Path
    work: Path
    seconds: float


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    root = tmp_path_factory.mktemp("installateur")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    seconds = time.monotonic() - started
    print(f"\nbundle built in {seconds:.0f} s: {done.stdout.strip()}")
    archive = root / "dist" / f"entraide-{__version__}-linux-{os.uname().machine}.tar.gz"
    return Built(root / "dist" / "entraide", archive, root / "build" / "entraide", seconds)


def standalone_env(home: Path) -> dict[str, str]:
    """Nothing of the project's virtual environment: no VIRTUAL_ENV, no .venv/bin on PATH, no
    PYTHONPATH, an empty home, no display (the self-test draws offscreen by itself)."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TMPDIR": str(home.parent),
    }


def self_test(program: Path, home: Path) -> str:
    done = subprocess.run(
        [str(program), "--self-test"],
        env=standalone_env(home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_bundle_passes_its_self_test_on_its_own(built, tmp_path):
    output = self_test(built.bundle / "entraide", tmp_path / "home")
    assert output.splitlines()[-1] == f"Entraide {__version__} : tout fonctionne.", output
    assert "✗" not in output and output.count("✓") >= 4
    assert "police DejaVu Sans" in output  # resources/fonts made it into the bundle
    assert not (tmp_path / "home" / ".local" / "share" / "Entraide").exists()


def test_the_bundle_leaves_out_the_hub_and_the_development_tools_and_stays_small(built):
    _archive, modules = ast.literal_eval((built.work / "PYZ-00.toc").read_text(encoding="utf-8"))
    names = {entry[0] for entry in modules}
    assert {"app.__main__", "app.ui.main_window", "app.cli.selftest", "alembic.command"} <= names
    for left_out in LEFT_OUT:
        assert not any(name == left_out or name.startswith(f"{left_out}.") for name in names), left_out
    internal = built.bundle / "_internal"
    assert (internal / "app" / "migrations" / "env.py").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "entraide.svg").is_file()
    assert (internal / "resources" / "translations" / "entraide_en.qm").is_file()
    size = sum(path.lstat().st_size for path in built.bundle.rglob("*") if path.is_file())
    print(
        f"\nbundle: {size / 1e6:.0f} MB, archive: {built.archive.stat().st_size / 1e6:.0f} MB, "
        f"built in {built.seconds:.0f} s"
    )
    assert size < MAX_BUNDLE_MB * 1e6


def test_the_archive_installs_into_local_and_uninstalling_keeps_the_data(built, tmp_path):
    with tarfile.open(built.archive) as archive:
        top = f"entraide-{__version__}"
        members = {member.name: member for member in archive.getmembers()}
        assert members[f"{top}/install.sh"].mode & 0o111
        for size in (64, 128, 256):
            assert f"{top}/share/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png" in members
        archive.extractall(tmp_path / "x", filter="tar")
    home = tmp_path / "home"
    env = standalone_env(home)
    done = subprocess.run(
        ["sh", str(tmp_path / "x" / top / "install.sh")], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "cherchez « Entraide » dans le menu" in done.stdout
    local, share = home / ".local", home / ".local" / "share"
    program = local / "bin" / "entraide"
    assert program.is_symlink()
    desktop = share / "applications" / f"{DESKTOP_ID}.desktop"
    assert f"Exec={program}\n" in desktop.read_text(encoding="utf-8")  # works without ~/.local/bin in PATH
    validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout
    assert (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    assert "tout fonctionne" in self_test(program, home)  # through the symlink, as the menu starts it

    data = share / "Entraide"
    data.mkdir()
    (data / "entraide.sqlite3").write_bytes(b"the user's data")
    done = subprocess.run(
        ["sh", str(tmp_path / "x" / top / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert not program.exists() and not program.is_symlink() and not desktop.exists()
    assert not (local / "lib" / "entraide").exists()
    assert (data / "entraide.sqlite3").read_bytes() == b"the user's data"
    assert str(data) in done.stdout
