"""The practices figures: search through the library's service against a bare FTS5 query on the
same file, and opening a practice in the reader, on a store of 20,000 demo practices.

The store (app/demo/practices.py, with versions and feedback) is kept in the data
folder between runs and rebuilt when the generator or the migrations change. Queries are
typed character by character, from the third letter (below it the library searches nothing),
like the contacts' search (benchmarks/search_bench.py).
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from app.db import open_database
from app.demo import practices as demo_practices
from app.paths import DataPaths
from app.services.practices.library import library_page
from app.services.practices.reader import open_practice
from app.services.practices.search import PracticeQuery, SortOrder, search_practices
from app.services.practices.text import query_terms
from app.text import fold
from benchmarks.harness import Figure
from benchmarks.store_cache import cached_store, sources_digest

SIZE, SEED = 20_000, 1901
SEARCH_LIMIT_MS, SEARCH_RATIO, OPEN_LIMIT_MS = 30.0, 1.5, 100.0
PAGE = 50  # rows the library asks for at once
RAW_SQL = f"SELECT rowid FROM practice_fts WHERE practice_fts MATCH ? ORDER BY rank LIMIT {PAGE}"
SOURCES = Path(demo_practices.__file__).resolve().parent
Log = Callable[[str], None]


def prepare_store(data: Path, log: Log, size: int = SIZE, seed: int = SEED) -> Path:
    sources = sources_digest([*SOURCES.glob("demo_practice*.py"), *SOURCES.glob("practice*.py")])

    def build(store: Path) -> None:
        database = open_database(DataPaths(store))
        try:
            database.run(demo_practices.generate_practices, size, seed)
        finally:
            database.close()

    wanted = {"size": size, "seed": seed, "sources": sources}
    return cached_store(data / "practices-store", wanted, build, f"Base de {size} pratiques", log)


def typed(text: str) -> list[str]:
    return [text[:end] for end in range(3, len(text) + 1) if not text[:end].endswith(" ")]


def typing_queries(db_path: Path, seed: int = SEED) -> list[str]:
    """What people look for: words of titles, two-word phrases, tags, themes, towns; half of
    them typed without accents or capitals."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        titles = [row[0] for row in conn.execute("SELECT title FROM practices ORDER BY id LIMIT 3000")]
        tags = sorted(
            {
                tag
                for (value,) in conn.execute("SELECT tags FROM practices LIMIT 3000")
                for tag in json.loads(value)
            }
        )
        themes = sorted(
            {
                theme
                for (value,) in conn.execute("SELECT DISTINCT themes FROM practices")
                for theme in json.loads(value)
            }
        )
    finally:
        conn.close()
    words = sorted({word for title in titles for word in title.replace("'", " ").split() if len(word) > 4})
    pairs = sorted(
        {" ".join(title.split()[i : i + 2]) for title in titles for i in (1, 2) if len(title.split()) > i + 1}
    )
    targets = rng.sample(words, 12) + rng.sample(pairs, 8) + rng.sample(tags, 6) + rng.sample(themes, 4)
    targets = [target if rng.random() < 0.5 else fold(target) for target in targets]
    return [query for target in targets for query in typed(target)]


def _search(database, pairs: list[tuple[str, str]], rounds: int, log: Log) -> list[Figure]:
    service = Figure(
        f"Pratiques : recherche (service, limite {PAGE})",
        "practice_search",
        limit=SEARCH_LIMIT_MS,
        ratio_limit=SEARCH_RATIO,
        ratio_on="p95",
    )
    baseline = Figure("Pratiques : FTS5 brut", "practice_search_raw")
    service.baseline = baseline
    raw = sqlite3.connect(database.path)
    try:
        for round_ in range(rounds + 1):  # the first pass warms the caches, not counted
            mine: list[float] = []
            theirs: list[float] = []
            for query, match in pairs:
                started = time.perf_counter()
                database.run(search_practices, PracticeQuery(text=query, limit=PAGE))
                middle = time.perf_counter()
                raw.execute(RAW_SQL, (match,)).fetchall()
                ended = time.perf_counter()
                mine.append((middle - started) * 1000)
                theirs.append((ended - middle) * 1000)
            if round_:
                service.add_pass(mine)
                baseline.add_pass(theirs)
    finally:
        raw.close()
    log(f"Recherche : {len(pairs)} requêtes × {rounds} passes")
    return [service, baseline]


FILTERED_QUERIES = 35  # at least 30 samples per figure and pass, within the time budget
THEME = "formation"  # the theme filter of the filtered figures (one of the demo's themes)
ORDERS = {
    SortOrder.RELEVANCE.value: "pertinence",
    SortOrder.DATE.value: "date",
    SortOrder.ADOPTIONS.value: "adoptions",
}


def _filtered(database, pairs: list[tuple[str, str]], rounds: int, log: Log) -> list[Figure]:
    """Each order with and without a theme filter (relevance without a filter is `_search`'s),
    over `FILTERED_QUERIES` queries spread evenly along the typing, `rounds` passes after one
    that warms the caches. Timed: the whole page the library's window waits for (`library_page`:
    the rows, the list's header count, the theme filter's choices, the associations' names)."""
    chosen = pairs[:: max(1, len(pairs) // FILTERED_QUERIES)]
    cases = [(sort, theme) for theme in (None, THEME) for sort in ORDERS if sort != "relevance" or theme]
    figures = {
        case: Figure(
            f"Pratiques : tri {ORDERS[case[0]]}, {'thème « ' + THEME + ' »' if case[1] else 'sans filtre'}",
            f"practice_search_{case[0]}_{'theme' if case[1] else 'all'}",
            limit=SEARCH_LIMIT_MS,
        )
        for case in cases
    }
    for round_ in range(rounds + 1):
        samples: dict[tuple[str, str | None], list[float]] = {case: [] for case in cases}
        for query, _match in chosen:
            for sort, theme in cases:
                wanted = PracticeQuery(text=query, limit=PAGE, theme=theme, sort=sort)
                started = time.perf_counter()
                database.run(library_page, wanted)
                samples[(sort, theme)].append((time.perf_counter() - started) * 1000)
        if round_:  # the first pass warms the caches, not counted
            for case, figure in figures.items():
                figure.add_pass(samples[case])
    log(f"Recherche filtrée ou triée : {len(chosen)} requêtes × {len(cases)} cas × {rounds} passes")
    return list(figures.values())


def _reader(database, rounds: int) -> Figure:
    figure = Figure("Pratiques : ouverture dans le lecteur", "practice_open", limit=OPEN_LIMIT_MS)
    conn = sqlite3.connect(database.path)
    try:
        ids = [row[0] for row in conn.execute("SELECT id FROM practices WHERE deleted_at IS NULL")]
    finally:
        conn.close()
    chosen = random.Random(SEED).sample(ids, min(200, len(ids)))
    database.run(open_practice, chosen[0])  # warm-up
    for _ in range(rounds):
        samples = []
        for practice_id in chosen:
            started = time.perf_counter()
            database.run(open_practice, practice_id)
            samples.append((time.perf_counter() - started) * 1000)
        figure.add_pass(samples)
    return figure


def practice_figures(
    log: Log, data: Path = Path("bench-data"), *, size: int = SIZE, seed: int = SEED, rounds: int = 3
) -> list[Figure]:
    store = prepare_store(data.resolve(), log, size, seed)
    database = open_database(DataPaths(store))
    try:
        queries = typing_queries(database.path, seed)
        pairs = [(query, match) for query in queries if (match := query_terms(query).fts())]
        figures = _search(database, pairs, rounds, log)
        figures += _filtered(database, pairs, rounds, log)
        figures.append(_reader(database, rounds))
    finally:
        database.close()
    return figures


if __name__ == "__main__":  # `python -m benchmarks.practices_bench`: these figures alone
    import sys

    from benchmarks.harness import format_table

    def _log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results = practice_figures(_log)
    print(format_table(results))
    for result in results:
        if result.note:
            print(f"- {result.name} : {result.note}")
