"""The capacity benchmark's search (benchmarks/hub_load.py): which rate it holds, on a scripted hub
(the load's answers given per rate, no server, no timing asserted)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks import hub_load
from benchmarks.hub_common import HubOptions
from benchmarks.hub_load import Step


class ScriptedLoad:
    """Answers each planned step with the p99 its rate has in `p99_by_rate`; the rates in
    `breaks_held` break from the first third of their hold although their 8 s step passed."""

    def __init__(self, p99_by_rate: dict[float, float], breaks_held: set[float]) -> None:
        self.p99_by_rate, self.breaks_held = p99_by_rate, breaks_held
        self.ran: list[tuple[float, float]] = []
        self.caught_up = 0
        self.pool = SimpleNamespace(close=lambda: None)

    def plan(self, step: Step) -> Step:
        return step

    async def run(self, step: Step) -> Step:
        self.ran.append((step.rate, step.seconds))
        holding = step.seconds != hub_load.STEP_SECONDS
        p99 = 5_000.0 if holding and step.rate in self.breaks_held else self.p99_by_rate[step.rate]
        step.latencies = [1.0] * 50 + [p99] * 50
        return step

    async def catch_up(self) -> None:
        self.caught_up += 1


class Meter:
    def start(self) -> None: ...

    def stop(self) -> str:
        return "cœurs"


def _search(
    monkeypatch: pytest.MonkeyPatch, load: ScriptedLoad
) -> tuple[list[Step], Step | None, Step | None]:
    monkeypatch.setattr(hub_load, "Load", lambda *args: load)
    no_wait = asyncio.sleep
    monkeypatch.setattr(hub_load.asyncio, "sleep", lambda seconds: no_wait(0))
    hub = SimpleNamespace(port=0)
    options = HubOptions(data=Path("."), load_seconds=60.0)
    # A stand-in hub and meter: only the port and start/stop are used.
    search = hub_load._capacity(hub, [], 0, options, lambda line: None, Meter())  # type: ignore[arg-type]  # stand-ins
    steps, held, _cpu, given_up = asyncio.run(search)
    return steps, held, given_up


RATES = {100.0: 10.0, 200.0: 12.0, 300.0: 20.0, 400.0: 40.0, 500.0: 200.0, 600.0: 4_000.0}


def test_the_highest_passing_rate_is_held_in_three_thirds_once_devices_caught_up(monkeypatch):
    load = ScriptedLoad(RATES, breaks_held=set())
    steps, held, given_up = _search(monkeypatch, load)
    assert [step.rate for step in steps] == [100.0, 200.0, 300.0, 400.0, 500.0, 600.0]
    assert held is not None and held.rate == 500.0 and given_up is None
    assert load.ran[-3:] == [(500.0, 20.0)] * 3
    assert [len(third) for third in held.thirds] == [100, 100, 100] and held.passed
    assert load.caught_up == 1


def test_a_rate_whose_hold_breaks_in_its_first_third_gives_way_to_the_rate_below(monkeypatch):
    load = ScriptedLoad(RATES, breaks_held={500.0})
    _steps, held, given_up = _search(monkeypatch, load)
    assert given_up is not None and given_up.rate == 500.0 and not given_up.passed
    assert load.ran[-4:] == [(500.0, 20.0), (400.0, 20.0), (400.0, 20.0), (400.0, 20.0)]
    assert held is not None and held.rate == 400.0 and held.passed
    assert load.caught_up == 2


def test_only_one_rate_below_is_tried(monkeypatch):
    load = ScriptedLoad(RATES, breaks_held={500.0, 400.0})
    _steps, held, given_up = _search(monkeypatch, load)
    assert given_up is not None and given_up.rate == 500.0
    assert held is not None and held.rate == 400.0 and not held.passed  # reported as it broke
    assert load.ran[-2:] == [(500.0, 20.0), (400.0, 20.0)]
