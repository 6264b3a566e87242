"""A 50 MB member list imports in at most 300 MB of memory: the file is streamed, checked and
written a batch at a time. Measured in a child process (its own peak resident size)."""

from __future__ import annotations

import base64
import json
import random
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


def _peak_of_import(tmp_path, path) -> dict:
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
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_50_mb_csv_imports_within_300_mb(tmp_path):
    path = write_member_list(tmp_path / "adherents.csv", 245_000)
    size_mb = path.stat().st_size / 1024 / 1024
    assert size_mb >= 50
    figures = _peak_of_import(tmp_path, path)
    assert figures["rows"] == figures["people"] == 245_000
    assert figures["peak_mb"] <= CEILING_MB, figures


@pytest.mark.slow
def test_a_phone_s_100_mb_vcard_with_photos_imports_within_300_mb(tmp_path):
    """A phone's export keeps every contact's photo: the cards are read one at a time, the
    photos (which a contact has no place for) skipped."""
    rnd = random.Random(5)
    path = tmp_path / "iphone.vcf"
    with open(path, "w", encoding="utf-8", newline="") as out:
        for i in range(2_400):
            photo = base64.b64encode(rnd.randbytes(30_000)).decode()
            folded = "\r\n ".join(photo[j : j + 74] for j in range(0, len(photo), 74))
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nom{i};Prénom{i};;;\r\nFN:Prénom{i} Nom{i}\r\n"
                f"EMAIL;type=INTERNET;type=pref:p{i}@exemple.fr\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n"
                "END:VCARD\r\n"
            )
    assert path.stat().st_size >= 100_000_000
    figures = _peak_of_import(tmp_path, path)
    assert figures["rows"] == figures["people"] == 2_400
    assert figures["peak_mb"] <= CEILING_MB, figures
