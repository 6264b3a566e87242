"""PySide6's look at each imported module's source (app/ui/source_check.py): the same answer as
shiboken's own check, without keeping every module's lines in memory."""

from __future__ import annotations

import inspect
import linecache
import sys
import traceback

import pytest

import app.ui  # installs the check, as the window does
import app.ui.main_window
from app.ui.source_check import keep_sources_out_of_memory, mentions_pyside

feature = pytest.importorskip("shibokensupport.feature")  # embedded in shiboken6


def _shiboken_rule(module) -> bool:
    """shiboken's `_mod_uses_pyside`, as it reads: the source through inspect, "PySide6" in it."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


@pytest.fixture
def modules(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    source = "from PySide6.QtCore import QObject\n\n\ndef fail():\n    raise ValueError('voulu')\n"
    (tmp_path / "uses_qt_here.py").write_text(source, encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n", encoding="utf-8")
    yield tmp_path
    for name in ("uses_qt_here", "plain_here"):
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def test_the_window_replaces_shibokens_check():
    assert keep_sources_out_of_memory() is True
    assert feature._mod_uses_pyside is mentions_pyside


def test_same_answer_as_shiboken_for_real_modules():
    import json

    from app.services import trash_listing

    for module in (app.ui.main_window, trash_listing, json, sys, inspect):
        assert mentions_pyside(module) == _shiboken_rule(module), module.__name__
    assert mentions_pyside(app.ui.main_window) and not mentions_pyside(trash_listing)


def test_a_module_imported_after_is_classed_without_its_lines_kept(modules):
    uses_qt = __import__("uses_qt_here")
    plain = __import__("plain_here")
    # What shiboken's import hook calls after an import. Called here too: once a window has
    # started, PySide6 may have put its lazy import hook in place, which classes nothing (and
    # so reads no source either); the call does nothing for a module classed already.
    for module in (uses_qt, plain):
        feature.feature_imported(module)
    # shiboken's own bookkeeping: 0 for a module that uses PySide6, -1 for one that does not
    assert feature.pyside_feature_dict["uses_qt_here"] == 0
    assert feature.pyside_feature_dict["plain_here"] == -1
    assert uses_qt.__file__ not in linecache.cache and plain.__file__ not in linecache.cache


def test_an_error_still_shows_its_source_line(modules):
    uses_qt = __import__("uses_qt_here")
    with pytest.raises(ValueError) as raised:
        uses_qt.fail()
    text = "".join(traceback.format_exception(raised.value))
    assert "raise ValueError('voulu')" in text
