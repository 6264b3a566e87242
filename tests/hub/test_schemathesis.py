"""The OpenAPI document says what the hub answers: schemathesis generates requests from it (valid
and invalid ones) against a running `entraide-hub serve` on SQLite, with every check (status codes
and bodies as documented, schema-valid requests accepted and invalid ones refused, no 5xx,
authentication not ignored, unsupported methods refused…)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll, make_codes, resolved_url

# A handshake with a protocol the hub no longer speaks is a valid request answered 426 ("update
# Entraide"): an acceptance, not a refusal of the data.
# Any bytes fit a courier file's schema (binary), but only a sealed file is one: 422 says so.
CONFIG = """
[checks.positive_data_acceptance]
expected-statuses = ["2XX", 401, 403, 404, 409, 426, 429]

[[operations]]
include-path = "/v1/courier"
checks.positive_data_acceptance.expected-statuses = ["2XX", 401, 403, 404, 409, 422, 426, 429]
"""
EXAMPLES_PER_OPERATION = 40
SEED = 21


def _figures(report_dir: Path) -> dict[str, int]:
    """Requests sent and checks run, from the event log of the run."""
    requests = checks = failed = 0
    for line in next(report_dir.glob("*.ndjson")).read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if finished:
            recorder = finished.get("recorder") or {}
            requests += len(recorder.get("interactions") or {})
            for results in (recorder.get("checks") or {}).values():
                checks += len(results)
                failed += sum(result["status"] != "success" for result in results)
    return {"requests": requests, "checks": checks, "failed checks": failed}


def test_the_openapi_document_matches_the_answers(tmp_path):
    data = tmp_path / "hub"
    data.mkdir()
    url = resolved_url(None, data)
    codes = make_codes(url, ["Les Amis"])
    with HubProcess(None, data, env=NO_RATE_LIMIT) as hub:
        device = enroll(hub.url, codes["Les Amis"][0], "Schemathesis")
        (tmp_path / "schemathesis.toml").write_text(CONFIG, encoding="utf-8")
        command = [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            f"{hub.url}/openapi.json",
            "--checks",
            "all",
            "--max-examples",
            str(EXAMPLES_PER_OPERATION),
            "--seed",
            str(SEED),
            "--header",
            f"Authorization: Bearer {device.token}",
            "--generation-database",
            "none",
            "--no-color",
            "--report",
            "json,ndjson",
            "--report-dir",
            str(tmp_path / "rapport"),
        ]
        run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    [summary] = [json.loads(p.read_text()) for p in (tmp_path / "rapport").glob("*.json")]
    assert summary["operations"]["tested"] == 7 and summary["operations"]["errored"] == 0
    assert summary["test_cases"]["with_failures"] == 0 and summary["failures"] == []
    figures = _figures(tmp_path / "rapport")
    assert figures["failed checks"] == 0
    assert figures["requests"] >= 7 * 20 and figures["checks"] > figures["requests"]
    print(f"schemathesis: {figures}, {summary['test_cases']['generated']} cas générés")
