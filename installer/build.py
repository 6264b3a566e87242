"""`make installer`: the one-folder bundle (installer/entraide.spec) into dist/entraide/, and on
Linux the archive dist/entraide-<version>-linux-<machine>.tar.gz with the desktop files and
install.sh. The Windows (Inno Setup) and macOS (.dmg) installers are made from the same bundle
on their own systems: see docs/installing.md.

    python installer/build.py [--dist DOSSIER] [--work DOSSIER]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from render_icons import render_all  # noqa: E402  (next to this script, not a package)

APP_ID = "fr.entraide.Entraide"
LINUX = HERE / "linux"
ICON_SIZES = (64, 128, 256)


def version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text(encoding="utf-8"))
    if found is None:
        raise SystemExit("version introuvable dans app/__init__.py")
    return found.group(1)


def compile_translations() -> None:
    """The .qm files the Makefile's `translations` target makes, when missing or stale (the
    bundle test runs without make)."""
    # Next to this Python (the virtual environment's), with .exe on Windows.
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder."""
    icons = work / "icons"
    render_all(icons)
    env = {**os.environ, "ENTRAIDE_ICONS": str(icons)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(HERE / "entraide.spec"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return dist / "entraide"


def _add(archive: tarfile.TarFile, source: Path, name: str) -> None:
    archive.add(str(source), arcname=name, recursive=True)


def linux_archive(bundle: Path, icons: Path, dist: Path) -> Path:
    """The bundle with what a desktop needs, laid out as under ~/.local/share, and install.sh."""
    top = f"entraide-{version()}"
    target = dist / f"{top}-linux-{platform.machine()}.tar.gz"
    share = f"{top}/share"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        _add(archive, bundle, f"{top}/entraide")
        _add(archive, LINUX / "install.sh", f"{top}/install.sh")
        _add(archive, LINUX / f"{APP_ID}.desktop", f"{share}/applications/{APP_ID}.desktop")
        _add(archive, LINUX / f"{APP_ID}.metainfo.xml", f"{share}/metainfo/{APP_ID}.metainfo.xml")
        _add(
            archive,
            ROOT / "resources" / "icons" / "entraide.svg",
            f"{share}/icons/hicolor/scalable/apps/{APP_ID}.svg",
        )
        for size in ICON_SIZES:
            _add(
                archive,
                icons / f"entraide-{size}.png",
                f"{share}/icons/hicolor/{size}x{size}/apps/{APP_ID}.png",
            )
    return target


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1e6:.0f} Mo"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="où poser le résultat")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="fichiers intermédiaires")
    args = parser.parse_args(argv)
    started = time.monotonic()
    compile_translations()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    print(f"Paquet : {bundle} ({megabytes(folder_size(bundle))})")
    if sys.platform.startswith("linux"):
        archive = linux_archive(bundle, args.work.resolve() / "icons", args.dist.resolve())
        print(f"Archive : {archive} ({megabytes(archive.stat().st_size)})")
    elif sys.platform == "darwin":
        print(f"Application : {args.dist / 'Entraide.app'} ; puis installer/macos/make-dmg.sh")
    elif sys.platform == "win32":
        print("Puis : iscc installer\\windows\\entraide.iss (voir docs/installing.md)")
    print(f"Construit en {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
