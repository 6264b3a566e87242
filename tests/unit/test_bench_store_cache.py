"""The benchmarks' kept stores: built once, used again while what they were built from holds,
built again when it changes."""

from __future__ import annotations

from pathlib import Path

from app.paths import DataPaths
from benchmarks.store_cache import cached_store, sources_digest


def test_a_kept_store_is_built_once_and_again_when_its_sources_change(tmp_path: Path) -> None:
    built: list[str] = []

    def build(store: Path) -> None:
        DataPaths(store).ensure().database.write_bytes(b"store")
        built.append(store.name)

    folder, messages = tmp_path / "kept", []
    first = cached_store(folder, {"day": "2026-12-07"}, build, "Base", messages.append)
    again = cached_store(folder, {"day": "2026-12-07"}, build, "Base", messages.append)
    assert first == again == folder and built == ["kept"]
    assert messages[-1] == f"Base en cache : {folder}"

    cached_store(folder, {"day": "2026-12-08"}, build, "Base", messages.append)
    assert built == ["kept", "kept"]

    DataPaths(folder).database.unlink()  # a kept folder whose store went missing is built again
    cached_store(folder, {"day": "2026-12-08"}, build, "Base", messages.append)
    assert len(built) == 3


def test_the_digest_follows_the_sources_content(tmp_path: Path) -> None:
    source = tmp_path / "generator.py"
    source.write_text("A = 1\n")
    before = sources_digest([source])
    assert sources_digest([source]) == before
    source.write_text("A = 2\n")
    assert sources_digest([source]) != before
