"""The type checker's rules (`make test` runs mypy, configured in pyproject.toml): the core is
checked strictly, nothing is left out of the check, and each `# type: ignore` names the error it
silences and says why (a library's stubs that are wrong or missing, mostly)."""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("app", "hub", "protocol", "benchmarks")
STRICT = {"app.models.*", "app.services.*", "app.sync.*", "hub.*", "protocol.*"}
# What mypy's --strict turns on that can be set per module (pyproject.toml says why not `strict`).
STRICT_FLAGS = {
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_return_any",
    "no_implicit_reexport",
    "strict_equality",
    "extra_checks",
}
# `# type: ignore[code, code]  # why`: the codes, then a comment of a few words.
_IGNORE = re.compile(r"type:\s*ignore(?P<codes>\[[a-z0-9-]+(?:,\s*[a-z0-9-]+)*\])?(?P<rest>.*)")
_REASON = re.compile(r"^\s+#\s*\S+.*\S")


def _mypy() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def _sources() -> list[Path]:
    return sorted(path for folder in (*CHECKED, "tests") for path in (ROOT / folder).rglob("*.py"))


def _ignores(source: str) -> list[tuple[int, str]]:
    """(line, comment) of each comment holding a `type: ignore` (strings are not comments)."""
    found: list[tuple[int, str]] = []
    if "ignore" not in source:
        return found
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and _IGNORE.search(token.string):
            found.append((token.start[0], token.string))
    return found


def unexplained(comment: str) -> str | None:
    """What is missing from one `type: ignore` comment, or None."""
    match = _IGNORE.search(comment)
    assert match is not None
    if not match["codes"]:
        return "no error code: type: ignore[code]"
    if not _REASON.match(match["rest"]):
        return "no reason: type: ignore[code]  # why"
    return None


def test_the_rule_tells_an_explained_ignore_from_the_others():
    assert unexplained("# type: ignore[arg-type]  # reportlab's stubs say a number") is None
    assert unexplained("# type: ignore[misc, valid-type]  # uvicorn's alias of a class") is None
    assert unexplained("# type: ignore") == "no error code: type: ignore[code]"
    assert unexplained("# type: ignore  # because") == "no error code: type: ignore[code]"
    assert unexplained("# type: ignore[attr-defined]") == "no reason: type: ignore[code]  # why"
    assert unexplained("# type: ignore[attr-defined]  #") == "no reason: type: ignore[code]  # why"
    assert _ignores('text = "# type: ignore"\n') == []  # in a string: not a comment
    assert _ignores("x = 1  # type: ignore[misc]  # why\n") == [(1, "# type: ignore[misc]  # why")]


def test_every_type_ignore_names_its_error_and_says_why():
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {missing}"
        for path in _sources()
        for line, comment in _ignores(path.read_text(encoding="utf-8"))
        if (missing := unexplained(comment)) is not None
    ]
    assert not problems, "\n".join(problems)


def test_the_core_is_checked_strictly_and_nothing_is_left_out():
    config = _mypy()
    assert set(config["packages"]) == set(CHECKED)
    assert config["warn_unused_ignores"] and "ignore-without-code" in config["enable_error_code"]
    overrides = config.get("overrides", [])
    strict = [o for o in overrides if set(o["module"]) == STRICT]
    assert len(strict) == 1 and all(strict[0].get(flag) is True for flag in STRICT_FLAGS), strict
    for override in overrides:
        assert not override.get("ignore_errors"), override  # no module skips the check
        assert not override.get("follow_imports"), override
        if override.get("ignore_missing_imports"):  # only for libraries, never for our own code
            assert not any(m.split(".")[0] in CHECKED for m in override["module"]), override
