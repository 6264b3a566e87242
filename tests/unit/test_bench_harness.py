"""The benchmark harness: statistics, verdicts and the table, on known data (no timing asserted)."""

from __future__ import annotations

import sys

from benchmarks.harness import (
    HEADERS,
    Figure,
    format_table,
    measure,
    parse_ready,
    percentile,
    run_until_ready,
    summarise,
)
from benchmarks.search_bench import national, typed


def test_median_p95_and_max_on_known_data():
    stats = summarise([float(v) for v in range(100, 0, -1)])  # 1..100, unsorted on purpose
    assert (stats.n, stats.median, stats.p95, stats.max) == (100, 50.5, 95.0, 100.0)
    assert percentile([3.0, 1.0, 2.0], 95) == 3.0
    assert percentile([7.0], 95) == 7.0
    assert summarise([1.0, 2.0, 3.0, 4.0, 100.0]).p95 == 100.0


def test_measure_counts_runs_after_the_warm_up():
    calls = []
    samples = measure(lambda: calls.append(1), runs=5, warmup=2)
    assert len(samples) == 5 and len(calls) == 7
    assert all(sample >= 0 for sample in samples)


def _figure(samples, **kwargs) -> Figure:
    return Figure("Recherche", "search", samples=[float(s) for s in samples], **kwargs)


def test_verdicts():
    baseline = Figure("Brut", "raw", samples=[10.0] * 20)
    assert _figure([20] * 20, limit=30).verdict == "OK"
    assert _figure([20] * 19 + [40], limit=30).verdict == "OK"  # p95 of 20 samples is the 19th
    assert _figure([20] * 18 + [40, 40], limit=30).verdict == "TROP LENT"
    within = _figure([14] * 20, limit=30, baseline=baseline, ratio_limit=1.5)
    assert (within.ratio, within.verdict) == (1.4, "OK")
    too_slow = _figure([16] * 20, limit=30, baseline=baseline, ratio_limit=1.5)
    assert too_slow.verdict == "TROP LENT" and too_slow.missed
    assert _figure([5] * 3).verdict == "référence"
    unmeasured = Figure("Démarrage", "start", limit=1500, not_measured="pas de ligne ENTRAIDE_READY")
    assert unmeasured.verdict == "non mesuré (pas de ligne ENTRAIDE_READY)" and unmeasured.missed
    memory = Figure(
        "Mémoire", "rss", unit="Mo", samples=[300.0], limit=250, limit_on="max", fail_word="TROP GROS"
    )
    assert memory.verdict == "TROP GROS"


def test_ratio_on_median_when_asked():
    baseline = Figure("Nue", "bare", samples=[100.0, 100.0, 500.0])
    figure = _figure([200, 250, 900], baseline=baseline, ratio_limit=3, ratio_on="median")
    assert figure.ratio == 2.5 and figure.verdict == "OK"
    assert figure.row()[6] == "2,50× (médiane)"


def test_table_is_aligned_with_french_headings_and_numbers():
    baseline = Figure("FTS5 brut", "raw", samples=[2.0, 2.5, 3.0])
    figures = [
        _figure([3.2, 4.1, 28.8], limit=30, baseline=baseline, ratio_limit=1.5),
        baseline,
        Figure("Démarrage", "start", limit=1500, not_measured="arrêt sans ENTRAIDE_READY, code 1"),
    ]
    lines = format_table(figures).splitlines()
    assert lines[0].split("  ")[0] == HEADERS[0] and "Médiane" in lines[0] and "Verdict" in lines[0]
    assert set(lines[1].replace(" ", "")) == {"-"}
    starts = [i for i, ch in enumerate(lines[1]) if ch == "-" and (i == 0 or lines[1][i - 1] == " ")]
    for line in lines[2:]:  # every column starts where its dashes start
        for start in starts[1:]:
            assert line[start - 2 : start] == "  " and line[start] != " ", (line, start)
    assert "4,10 ms" in lines[2] and "FTS5 brut : 2,50 ms" in lines[2] and "TROP LENT" in lines[2]
    assert "référence" in lines[3]
    assert "non mesuré (arrêt sans ENTRAIDE_READY, code 1)" in lines[4] and "—" in lines[4]


def test_ready_line_is_parsed_and_timed():
    assert parse_ready("ENTRAIDE_READY shown_ms=812 rows_ms=45.5 rss_kb=180000\n", "ENTRAIDE_READY") == {
        "shown_ms": 812.0,
        "rows_ms": 45.5,
        "rss_kb": 180000.0,
    }
    script = "import sys; print('bonjour'); print('ENTRAIDE_READY shown_ms=5 rows_ms=1 rss_kb=9', flush=True)"
    run = run_until_ready([sys.executable, "-c", script], {}, "ENTRAIDE_READY", timeout=30)
    assert run.failure is None and run.values["shown_ms"] == 5 and run.wall_ms and run.wall_ms > 0


def test_a_program_that_never_gets_ready_is_reported_not_raised():
    crash = "import sys; print('boum', file=sys.stderr); sys.exit(3)"
    run = run_until_ready([sys.executable, "-c", crash], {}, "ENTRAIDE_READY", timeout=30)
    assert run.wall_ms is None and "code 3" in run.failure and "boum" in run.failure
    slow = "import time; time.sleep(30)"
    run = run_until_ready([sys.executable, "-c", slow], {}, "ENTRAIDE_READY", timeout=0.3)
    assert run.failure == "pas de ligne ENTRAIDE_READY en 0,30 s"


def test_typing_is_character_by_character():
    assert typed("dupont") == ["du", "dup", "dupo", "dupon", "dupont"]
    assert typed("06 12 3") == ["06", "06 1", "06 12", "06 12 3"]
    assert national("+33612345678") == "06 12 34 56 78"
