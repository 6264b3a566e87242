"""The contacts' search as you type, one figure per length of the typed text, at 100,000 contacts
(the demo store of benchmarks/contacts_bench.py) and at 1,000,000 (that store grown tenfold, below).

Every service call is followed by the raw FTS5 query of the same match string on a plain
sqlite3 connection (`RAW_SQL`): both see the same cache, and each length has its own reference.
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from app.db import open_database
from app.paths import DataPaths
from app.services.contacts.search import fts_query, search_contacts
from app.text import fold
from benchmarks.contacts_bench import Options
from benchmarks.harness import REPETITIONS, Figure, fmt_number
from benchmarks.million_store import prepare_million

Log = Callable[[str], None]
RAW_SQL = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT 100"
LIMIT_MS, RATIO, MILLION_LIMIT_MS = 20.0, 1.3, 50.0
# At 1,000,000 the target has no ratio: the raw reference (0.5 s a two-letter query) is shown
# for information, on one query in this many of each length.
MILLION_RAW_EVERY = 5
LENGTHS = (2, 3, 4, 5, 6)  # characters typed; the last one is "6 and more"
_TOWN = re.compile(r", \d{5} (.+)$")


# --- what is typed ----------------------------------------------------------------


def typed(text: str) -> list[str]:
    """What the search box holds after each key, from the second character on."""
    return [text[:end] for end in range(2, len(text) + 1) if not text[:end].endswith(" ")]


def national(e164: str) -> str:
    digits = "0" + e164[3:]
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def typing_queries(db_path: Path, seed: int = 2024) -> list[str]:
    """Realistic typing, drawn deterministically from values present in the store."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:

        def column(sql: str) -> list[str]:
            return sorted({row[0] for row in conn.execute(sql) if row[0]})

        people = sorted(
            conn.execute(
                "SELECT first_name, last_name FROM contacts WHERE kind = 'person' AND deleted_at IS NULL"
            )
        )
        last_names = column("SELECT last_name FROM contacts WHERE kind = 'person'")
        orgs = column("SELECT display_name FROM contacts WHERE kind = 'organisation'")
        addresses = column("SELECT address FROM contacts WHERE kind = 'organisation'")
        tag_lists = column("SELECT tags FROM contacts")
        emails = column("SELECT email FROM contacts WHERE kind = 'person'")
        phones = column("SELECT phone FROM contacts WHERE phone LIKE '+33%'")
    finally:
        conn.close()
    tags = sorted({tag.strip() for value in tag_lists for tag in value.split(",")})
    towns = sorted({m.group(1) for a in addresses if (m := _TOWN.search(a))})
    targets: list[str] = []
    # Half the people type without accents or capitals, half as written.
    targets += [name if rng.random() < 0.5 else fold(name) for name in rng.sample(last_names, 10)]
    full_names = [(first, last) for first, last in people if first and last]
    targets += [fold(f"{first} {last[:3]}") for first, last in rng.sample(full_names, 8)]
    targets += [" ".join(name.split()[:2]) for name in rng.sample(orgs, 6)]
    targets += rng.sample(towns, 5) + rng.sample(tags, 5)
    targets += [email.split("@")[0] for email in rng.sample(emails, 5)]
    targets += [national(phone)[:8] for phone in rng.sample(phones, 5)]
    return [query for target in targets for query in typed(target)]


def length_of(query: str) -> int:
    """The figure a query belongs to: characters typed (spaces inside count), 6 for 6 and more."""
    return min(len(query.strip()), LENGTHS[-1])


def label(length: int) -> str:
    return f"{length} car." if length < LENGTHS[-1] else f"{length} car. et plus"


# --- measuring --------------------------------------------------------------------


def _measure(
    db_path: Path,
    pairs: list[tuple[str, str]],
    rounds: int,
    size_label: str,
    key: str,
    *,
    limit: float,
    ratio: float | None,
    raw_every: int = 1,
) -> list[Figure]:
    """One figure per length, with its raw reference; `rounds` passes after one that warms the caches.
    `raw_every`: the raw reference runs on one query in that many of each length, not in the
    warming pass (for information where the target has no ratio)."""
    database = open_database(DataPaths(db_path.parent))
    raw = sqlite3.connect(db_path)
    by_length: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for query, match in pairs:
        by_length[length_of(query)].append((query, match))
    figures: dict[int, tuple[Figure, Figure]] = {}
    for length in sorted(by_length):
        sampled = len(by_length[length][::raw_every])
        sample = f" ({sampled} requêtes)" if raw_every > 1 else ""
        reference = Figure(f"FTS5 brut {size_label}, {label(length)}{sample}", f"{key}_raw_{length}")
        service = Figure(
            f"Recherche {size_label}, {label(length)} ({len(by_length[length])} requêtes)",
            f"{key}_{length}",
            limit=limit,
            baseline=reference,
            ratio_limit=ratio,
            ratio_on="p95",
        )
        figures[length] = (service, reference)
    try:
        for round_ in range(rounds + 1):
            samples: dict[int, tuple[list[float], list[float]]] = {n: ([], []) for n in figures}
            seen: dict[int, int] = defaultdict(int)
            for query, match in pairs:
                # Alternate the two so that both see the same cache state.
                mine, theirs = samples[length_of(query)]
                started = time.perf_counter()
                database.run(search_contacts, query, limit=100)
                mine.append((time.perf_counter() - started) * 1000)
                seen[length_of(query)] += 1
                if (seen[length_of(query)] - 1) % raw_every or (raw_every > 1 and not round_):
                    continue
                started = time.perf_counter()
                raw.execute(RAW_SQL, (match,)).fetchall()
                theirs.append((time.perf_counter() - started) * 1000)
            if round_:  # the first pass warms the caches, not counted
                for length, (service, reference) in figures.items():
                    service.add_pass(samples[length][0])
                    reference.add_pass(samples[length][1])
    finally:
        raw.close()
        database.close()
    return [figure for length in sorted(figures) for figure in figures[length]]


def search_figures(store: Path, options: Options, log: Log) -> list[Figure]:
    """At 100,000 contacts (the --size store), then at 1,000,000 (built once, cached)."""
    db_path = DataPaths(store).database
    queries = typing_queries(db_path)
    pairs = [(query, match) for query in queries if (match := fts_query(query))]
    rounds = max(options.rounds, REPETITIONS)
    started = time.perf_counter()
    size = f"{options.size:,}".replace(",", "\u202f")
    figures = _measure(db_path, pairs, rounds, size, "search", limit=LIMIT_MS, ratio=RATIO)
    log(
        f"Recherche ({size}) : {len(pairs)} requêtes × {rounds} passes en "
        f"{fmt_number(time.perf_counter() - started)} s"
    )
    million = prepare_million(store, options.data, log)
    # A third of the targets: each raw two-letter query ranks hundreds of thousands of rows.
    started = time.perf_counter()
    few = [pair for index, pair in enumerate(_by_target(pairs)) if index % 3 == 0]
    subset = [pair for group in few for pair in group]
    figures += _measure(
        DataPaths(million).database,
        subset,
        rounds,
        "1\u202f000\u202f000",
        "search_1m",
        limit=MILLION_LIMIT_MS,
        ratio=None,
        raw_every=MILLION_RAW_EVERY,
    )
    log(
        f"Recherche (1 000 000) : {len(subset)} requêtes × {rounds} passes en "
        f"{fmt_number(time.perf_counter() - started)} s"
    )
    return figures


def _by_target(pairs: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """The queries typed for one target each (a target's queries grow one key at a time)."""
    group: list[tuple[str, str]] = []
    for pair in pairs:
        if group and not pair[0].startswith(group[-1][0]):
            yield group
            group = []
        group.append(pair)
    if group:
        yield group
