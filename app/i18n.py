"""Marking strings for translation outside the GUI layer, without importing Qt.

`pyside6-lupdate` collects QT_TRANSLATE_NOOP(...) calls from any Python file; the UI shows
the marked text through QCoreApplication.translate("entraide", text).
"""

CONTEXT = "entraide"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
