"""A command loads only its own module of app/cli: what a scheduled `entraide sync` pays at
every start. `--help` still lists every command."""

from __future__ import annotations

import importlib
import subprocess
import sys

from app import cli


def test_every_command_is_in_the_module_the_table_names() -> None:
    for module_name in set(cli.COMMAND_MODULES.values()):
        module = importlib.import_module(f"app.cli.{module_name}")
        expected = {name for name, owner in cli.COMMAND_MODULES.items() if owner == module_name}
        assert set(module.COMMANDS) == expected


def _modules_loaded_by(argv: list[str]) -> set[str]:
    code = (
        "import sys; from app import cli; "
        f"cli.build_parser({argv!r}); "
        "print(' '.join(m for m in sys.modules if m.startswith('app.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_status_loads_only_the_sync_commands() -> None:
    loaded = _modules_loaded_by(["--data-dir", "/tmp/x", "status"])
    assert "app.cli.sync" in loaded
    assert not {"app.cli.demo", "app.cli.contacts", "app.cli.equipment", "app.cli.agreements"} & loaded


def test_a_folder_named_like_a_command_still_parses() -> None:
    parser = cli.build_parser(["--data-dir", "demo", "status"])
    args = cli.parse(parser, ["--data-dir", "demo", "status"])
    assert (args.command, args.data_dir) == ("status", "demo")


def test_help_lists_every_command() -> None:
    parser = cli.build_parser(["--help"])
    help_text = parser.format_help()
    for name in cli.COMMAND_MODULES:
        assert name in help_text
