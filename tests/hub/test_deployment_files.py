"""The hub's deployment files (installer/hub) and guide (docs/hub-deployment.md): every setting
documented with its default, systemd units that `systemd-analyze verify` accepts, an nginx site
that `nginx -t` accepts, proxies consistent with the hub, and only real commands in the guide."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hub.__main__ import build_parser
from hub.api import create_app
from hub.config import ENV_PREFIX, HubSettings

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "installer" / "hub"
GUIDE = ROOT / "docs" / "hub-deployment.md"
PROGRAM = "/opt/entraide-hub/bin/entraide-hub"
SETTING = re.compile(r"^(#?)(ENTRAIDE_HUB_[A-Z_]+)=(.*)$")


def env_file_settings() -> dict[str, tuple[bool, str]]:
    """NAME → (active, value) for each setting line, commented out or not."""
    found: dict[str, tuple[bool, str]] = {}
    lines = (FILES / "entraide-hub.env").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        match = SETTING.match(line)
        if match:
            assert match[2] not in found, f"{match[2]} documented twice"
            # Each setting comes after its explanation (a comment line that is not a setting).
            assert lines[number - 1].startswith("# "), f"{match[2]} has no comment above it"
            found[match[2]] = (match[1] == "", match[3])
    return found


def test_the_env_file_documents_every_setting_with_its_default(monkeypatch):
    for name in [name for name in os.environ if name.startswith(ENV_PREFIX)]:
        monkeypatch.delenv(name)
    documented = env_file_settings()
    settings = {ENV_PREFIX + name.upper(): name for name in HubSettings.model_fields}
    assert set(documented) == set(settings), "installer/hub/entraide-hub.env and HubSettings differ"
    defaults = HubSettings()
    for name, (active, value) in documented.items():
        if not active:  # commented out: the value shown is the default
            default = getattr(defaults, settings[name])
            assert value == (str(default).lower() if isinstance(default, bool) else str(default)), name
    # The active lines are what the service runs with.
    active = {name: value for name, (on, value) in documented.items() if on}
    assert active == {
        "ENTRAIDE_HUB_DATABASE_URL": "postgresql+psycopg://entraide:CHANGEZ-MOI@127.0.0.1:5432/entraide",
        "ENTRAIDE_HUB_DATA_DIR": "/var/lib/entraide-hub",
        "ENTRAIDE_HUB_BACKUP_DIR": "/var/backups/entraide-hub",  # the nightly timer's (the console lists it)
    }
    # systemd reads the file, and so does entraide-hub-admin through sh: the same values.
    shown = subprocess.run(
        ["sh", "-c", 'set -a; . "$1"; env', "sh", str(FILES / "entraide-hub.env")],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": os.defpath},
    ).stdout
    assert {
        k: v
        for k, v in (line.split("=", 1) for line in shown.splitlines() if "=" in line)
        if k.startswith(ENV_PREFIX)
    } == active
    # pydantic-settings reads those values as they are (and the commented lines keep the defaults).
    for name, value in active.items():
        monkeypatch.setenv(name, value)
    read = HubSettings.from_env()
    assert {name: str(getattr(read, settings[name])) for name in active} == active
    assert read.port == defaults.port and read.workers == defaults.workers
    assert "installer/hub/entraide-hub.env" in (ROOT / "hub" / "config.py").read_text()


def test_systemd_units_pass_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze absent : scripts/ensure-test-tools.sh l'installe (paquet systemd)")
    units = ["entraide-hub.service", "entraide-hub-backup.service", "entraide-hub-backup.timer"]
    service = (FILES / "entraide-hub.service").read_text()
    for expected in (
        "User=entraide",
        "EnvironmentFile=/etc/entraide-hub/entraide-hub.env",
        f"ExecStartPre={PROGRAM} migrate",
        f"ExecStart={PROGRAM} serve",
        "Restart=on-failure",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "StateDirectory=entraide-hub",
        "PrivateTmp=yes",
    ):
        assert expected in service.splitlines(), expected
    # verify refuses an ExecStart whose program is missing: point them at a real program.
    stand_in = tmp_path / "entraide-hub"
    stand_in.write_text("#!/bin/sh\nexit 0\n")
    stand_in.chmod(0o755)
    for unit in units:
        text = (FILES / unit).read_text()
        (tmp_path / unit).write_text(text.replace(PROGRAM, str(stand_in)))
    done = subprocess.run(
        [analyze, "verify", "--man=no", *[str(tmp_path / u) for u in units]],
        capture_output=True,
        text=True,
        check=False,
    )
    # A mistyped key or value is only a warning for systemd: any output fails the test.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_nginx_site_passes_nginx_t(tmp_path):
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
    if nginx is None:
        pytest.skip("nginx absent : scripts/ensure-test-tools.sh l'installe (paquet nginx)")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=hub.example.org",
            "-keyout",
            str(tmp_path / "privkey.pem"),
            "-out",
            str(tmp_path / "fullchain.pem"),
        ],
        capture_output=True,
        check=True,
    )
    site = (FILES / "nginx-entraide-hub.conf").read_text()
    live = "/etc/letsencrypt/live/hub.example.org/"
    assert site.count(live) == 2
    (tmp_path / "site.conf").write_text(site.replace(live, f"{tmp_path}/"))
    temp = "\n".join(
        f"    {kind}_temp_path {tmp_path}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n    access_log off;\n{temp}\n    include {tmp_path}/site.conf;\n}}\n"
    )
    done = subprocess.run(
        [
            nginx,
            "-t",
            "-p",
            str(tmp_path),
            "-e",
            str(tmp_path / "error.log"),
            "-c",
            str(tmp_path / "nginx.conf"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "[warn]" not in done.stderr and "test is successful" in done.stderr


def test_proxies_and_containers_agree_with_the_hub(tmp_path):
    defaults = HubSettings(data_dir=str(tmp_path))
    upstream = f"127.0.0.1:{defaults.port}"
    assert defaults.max_request_bytes == 20 * 1024 * 1024  # the proxies' "20MiB" and "20m"
    caddy = (FILES / "Caddyfile").read_text()
    assert f"reverse_proxy {upstream}" in caddy and re.search(r"^\s*max_size 20MiB$", caddy, re.M)
    nginx = (FILES / "nginx-entraide-hub.conf").read_text()
    assert f"proxy_pass http://{upstream};" in nginx and "client_max_body_size 20m;" in nginx
    for header in ("X-Forwarded-For", "X-Forwarded-Proto"):
        assert f"proxy_set_header {header} " in nginx
    docker = (FILES / "Dockerfile").read_text()
    assert docker.startswith("# ") and "FROM python:3.11-slim" in docker
    assert (
        "pip install --no-cache-dir /src/protocol /src/hub" in docker
        and "USER entraide" in docker
        and "/healthz" in docker
    )
    assert "/healthz" in {route.path for route in create_app(defaults).routes}
    assert 'CMD ["entraide-hub", "serve", "--host", "0.0.0.0"]' in docker
    compose = (FILES / "compose.yaml").read_text()
    assert "image: postgres:16" in compose and "dockerfile: installer/hub/Dockerfile" in compose
    assert (
        "ENTRAIDE_HUB_DATABASE_URL: postgresql+psycopg://entraide:${ENTRAIDE_DB_PASSWORD}@db:5432/"
        "entraide" in compose
    )


def test_in_docker_the_hub_believes_only_the_relay_about_who_is_calling():
    """nginx appends the caller's address to the X-Forwarded-For it was sent: the hub must take that
    last one, not the first, which anyone can write (the console's login limit counts by address)."""
    import asyncio

    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    compose = (FILES / "compose.yaml").read_text()
    trusted = re.search(r'FORWARDED_ALLOW_IPS: "([^"]*)"', compose)[1]
    seen = []

    async def app(scope, _receive, _send):
        seen.append(scope["client"][0])

    scope = {
        "type": "http",
        "scheme": "http",
        "client": ("172.18.0.1", 40000),  # the relay, through Docker's bridge
        "headers": [(b"x-forwarded-for", b"6.6.6.6, 203.0.113.9")],  # written by the caller, then by nginx
    }
    asyncio.run(ProxyHeadersMiddleware(app, trusted_hosts=trusted)(scope, None, None))
    assert seen == ["203.0.113.9"]


def test_the_admin_wrapper_runs_a_command_with_the_env_file(tmp_path):
    program = tmp_path / "entraide-hub"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m hub "$@"\n')
    program.chmod(0o755)
    settings = tmp_path / "entraide-hub.env"
    settings.write_text(f"# Dossier du hub.\nENTRAIDE_HUB_DATA_DIR={tmp_path / 'donnees'}\n")
    me = subprocess.run(["id", "-un"], capture_output=True, text=True, check=True).stdout.strip()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(ENV_PREFIX)},
        "ENTRAIDE_HUB_ENV_FILE": str(settings),
        "ENTRAIDE_HUB_PROGRAM": str(program),
        "ENTRAIDE_HUB_USER": me,
        "PYTHONPATH": str(ROOT),
    }
    wrapper = str(FILES / "entraide-hub-admin")
    done = subprocess.run(
        [wrapper, "create-association", "Les Amis du Quartier"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("Association créée : Les Amis du Quartier"), (
        done.stderr
    )
    assert (tmp_path / "donnees" / "hub.sqlite3").exists()
    missing = subprocess.run(
        [wrapper, "associations"],
        capture_output=True,
        text=True,
        check=False,
        env={**env, "ENTRAIDE_HUB_ENV_FILE": str(tmp_path / "absent.env")},
    )
    assert missing.returncode == 1 and "réglages introuvables" in missing.stderr


def guide_commands() -> list[list[str]]:
    """The arguments of every entraide-hub command in the guide's code blocks."""
    blocks = re.findall(r"```[a-z]*\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    commands = []
    for line in "\n".join(blocks).splitlines():
        # A shell substitution ($(date +%F)) stands for one word of the command.
        words = shlex.split(re.sub(r"\$\([^)]*\)", "X", line))
        for i, word in enumerate(words):
            if word in ("entraide-hub-admin", "/usr/local/bin/entraide-hub-admin", PROGRAM) or (
                word == "entraide-hub" and i > 0 and words[i - 1] == "hub"
            ):  # docker compose … hub
                rest = words[i + 1 :]
                commands.append(
                    rest[: next((j for j, w in enumerate(rest) if w in ("&&", ";", "|")), len(rest))]
                )
    return commands


def test_the_guide_uses_only_real_commands_and_files():
    parser, used = build_parser(), set()
    for arguments in guide_commands():
        if arguments == ["--version"]:
            continue
        parsed = parser.parse_args(arguments)  # an unknown command or option exits: the test fails
        used.add(parsed.command)
    assert {
        "create-association",
        "enrollment-code",
        "associations",
        "devices",
        "revoke",
        "backup",
        "restore",
        "migrate",
    } <= used
    guide = GUIDE.read_text(encoding="utf-8")
    for name in re.findall(r"installer/hub/([\w.-]+)", guide):
        assert (FILES / name).is_file(), name
    for name in {p.name for p in FILES.iterdir()}:
        assert name in guide, f"{name} is not explained in docs/hub-deployment.md"
