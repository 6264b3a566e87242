"""The console's translatable sentences, found in its templates and modules as the translators
mark them: _("…"), _n("…", "…", n), N_("…"), Np_("…", "…"), t.gettext("…"), and the audit log's
actions."""

from __future__ import annotations

import re
from pathlib import Path

from hub.audit import ACTIONS

CONSOLE = Path(__file__).resolve().parents[3] / "hub" / "console"
_STRING = r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\''
SINGLE = re.compile(r"(?:(?<![\w.])(?:_|N_)|\bgettext)\(\s*(?:" + _STRING + r")\s*[,)]")
PLURAL = re.compile(
    r"(?:(?<![\w.])(?:_n|Np_)|\bngettext)\(\s*(?:" + _STRING + r")\s*,\s*(?:" + _STRING + r")"
)


def _text(groups: tuple) -> str:
    return next(g for g in groups if g is not None).replace('\\"', '"').replace("\\'", "'")


def sources() -> list[Path]:
    return sorted([*CONSOLE.rglob("*.html"), *CONSOLE.rglob("*.py")])


def marked() -> tuple[set[str], dict[str, str]]:
    """(sentences, {singular: plural})."""
    singles: set[str] = set(ACTIONS.values())
    plurals: dict[str, str] = {}
    for path in sources():
        if path.name == "catalogue_en.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in PLURAL.finditer(text):
            plurals[_text(match.groups()[:2])] = _text(match.groups()[2:])
        for match in SINGLE.finditer(text):
            singles.add(_text(match.groups()))
    return singles - set(plurals), plurals


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))
