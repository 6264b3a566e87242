"""A 50 MB member list imports in at most 300 MB of memory: the file is streamed, checked and
written a batch at a time. Measured in a child process (its own peak resident size)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.import_helpers import write_member_list

CEILING_MB = 300
CHILD = """
import json, resource, sys
from pathlib import Path
from app.db import open_database
from app.paths import DataPaths
from app.services.contacts.transfer import import_file
db = open_database(DataPaths(Path(sys.argv[1])))
result = db.run(lambda session: import_file(session, Path(sys.argv[2])))
counts = result.outcome.counts
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak_mb": peak_mb, "people": counts.created_people, "rows": counts.rows}))
"""


@pytest.mark.slow
def test_a_50_mb_csv_imports_within_300_mb(tmp_path):
    path = write_member_list(tmp_path / "adherents.csv", 245_000)
    size_mb = path.stat().st_size / 1024 / 1024
    assert size_mb >= 50
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        # Through a shell that forks it: Linux would carry pytest's own peak into the child's.
        [
            "/bin/sh",
            "-c",
            '"$@"; exit $?',
            "sh",
            sys.executable,
            "-c",
            CHILD,
            str(tmp_path / "store"),
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["rows"] == figures["people"] == 245_000
    assert figures["peak_mb"] <= CEILING_MB, figures
