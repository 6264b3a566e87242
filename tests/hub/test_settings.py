"""The hub's settings (pydantic-settings): flags win over ENTRAIDE_HUB_* variables, which win over
the defaults; an empty variable keeps the default; a value the hub cannot use stops it with one
French line naming the variable, never a traceback."""

from __future__ import annotations

import os

import pytest

from hub.__main__ import main
from hub.config import ENV_PREFIX, HubSettings, SettingsProblem


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in [name for name in os.environ if name.startswith(ENV_PREFIX)]:
        monkeypatch.delenv(name)


def test_flags_win_over_the_environment_which_wins_over_the_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("ENTRAIDE_HUB_PORT", "9100")
    monkeypatch.setenv("ENTRAIDE_HUB_HOST", "")  # an empty line keeps the default
    monkeypatch.setenv("ENTRAIDE_HUB_TIMEZONE", "Europe/Brussels")
    settings = HubSettings.from_env(data_dir=str(tmp_path), port=None, workers=3)
    assert (settings.port, settings.host, settings.workers) == (9100, "127.0.0.1", 3)
    assert settings.timezone == "Europe/Brussels" and settings.data_dir == str(tmp_path)
    assert HubSettings.from_env(port=9200).port == 9200


def test_worker_processes_rebuild_the_same_settings_from_the_environment(monkeypatch, tmp_path):
    settings = HubSettings.from_env(data_dir=str(tmp_path), port=9300, public_url="https://hub.example.org")
    for name, value in settings.to_env().items():
        monkeypatch.setenv(name, value)
    assert HubSettings.from_env() == settings


def test_a_value_the_hub_cannot_use_is_said_in_french(monkeypatch):
    monkeypatch.setenv("ENTRAIDE_HUB_PORT", "huit mille")
    monkeypatch.setenv("ENTRAIDE_HUB_RESULT_RETENTION_DAYS", "30")
    with pytest.raises(SettingsProblem) as caught:
        HubSettings.from_env()
    said = str(caught.value)
    assert "ENTRAIDE_HUB_PORT : un nombre entier est attendu (reçu « huit mille »)." in said
    assert "ENTRAIDE_HUB_RESULT_RETENTION_DAYS : doit valoir au moins 90 (reçu « 30 »)." in said


def test_the_command_line_prints_the_french_line_and_no_traceback(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ENTRAIDE_HUB_ENROLLMENT_CODE_HOURS", "1000")
    assert main(["serve", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "entraide-hub : ENTRAIDE_HUB_ENROLLMENT_CODE_HOURS : doit valoir au plus 720 (reçu « 1000 »)."
    )
