"""The installers' own files: the Linux menu entry and AppStream metadata pass their validators
and agree with the application (version, licence, ids), the icon renders at every size the
systems want, and the scripts at least parse. desktop-file-validate and appstreamcli come with
the project's test tools (scripts/ensure-test-tools.sh)."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from app import __version__
from app.paths import APP_NAME
from app.ui.app_icon import application_icon
from app.ui.application import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
sys.path.insert(0, str(INSTALLER))
from render_icons import ICO_SIZES, PNG_SIZES, render_all  # noqa: E402


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name[fr], StartupWMClass
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_desktop_file_is_valid_and_launches_entraide_in_french_and_english():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = desktop_entry()
    assert entry["Exec"] == "entraide" and "entraide" in pyproject()["project"]["scripts"]
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Categories"] == "Office;"
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application name
    assert "matériel partagé" in entry["Comment[fr]"] and "shared equipment" in entry["Comment"]


def test_the_appstream_metadata_is_valid_and_names_this_release_and_licence():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("project_license") == pyproject()["project"]["license"]
    assert component.findtext("launchable") == DESKTOP.name
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add the new release at the top of <releases> in the metainfo"
    )
    assert component.find("content_rating").get("type") == "oars-1.1"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(p.get(lang) == "fr" for p in component.iter("p"))


def test_the_windows_installer_names_this_version_and_the_data_folder_of_paths_py():
    script = (INSTALLER / "windows" / "entraide.iss").read_text(encoding="utf-8-sig")
    assert re.search(r'#define AppVersion "([^"]+)"', script).group(1) == __version__
    assert f"{{localappdata}}\\{APP_NAME}" in script  # platformdirs' user data dir on Windows
    assert "CurUninstallStepChanged" in script and "MB_DEFBUTTON2" in script  # "No" (keep) by default
    assert script.index('Name: "french"') < script.index('Name: "english"')  # French when unsure


def test_the_scripts_parse():
    for script in (LINUX / "install.sh", INSTALLER / "macos" / "make-dmg.sh"):
        assert script.stat().st_mode & 0o111, f"{script.name} must be executable"
        done = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_the_icon_renders_for_every_system(qapp, tmp_path):
    made = render_all(tmp_path)
    for size in PNG_SIZES:
        image = QImage(str(made[f"entraide-{size}.png"]))
        assert (image.width(), image.height()) == (size, size)
        centre, corner = image.pixelColor(size // 2, size // 2), image.pixelColor(0, 0)
        assert corner.alpha() == 0 and centre.alpha() == 255  # a rounded tile on transparency
    with Image.open(made["entraide.ico"]) as ico:
        assert ico.info["sizes"] == {(s, s) for s in ICO_SIZES}
    with Image.open(made["entraide.icns"]) as icns:
        assert icns.size == (1024, 1024)
    assert not application_icon().pixmap(64, 64).isNull()  # the window's icon, from the same SVG
