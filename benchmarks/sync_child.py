"""One first sync in a process of its own, so that its peak memory (`ru_maxrss`) is the sync's:
`python benchmarks/sync_child.py --data-dir DIR --hub URL --token TOKEN`.

The store must exist already (made by the benchmark, migrations included). Prints one line:
`ENTRAIDE_SYNC_DONE ms=<SyncEngine.run()> pulled=<records> rss_kb=<ru_maxrss>`."""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

MARKER = "ENTRAIDE_SYNC_DONE"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--hub", required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    from app.db import open_database
    from app.paths import DataPaths
    from app.sync.client import HubClient
    from app.sync.engine import SyncEngine

    paths = DataPaths(args.data_dir)
    database = open_database(paths)
    client = HubClient(args.hub)
    client.token = args.token
    started = time.perf_counter()
    report = SyncEngine(database, client, paths.backups).run()
    elapsed = (time.perf_counter() - started) * 1000
    database.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{MARKER} ms={elapsed:.1f} pulled={report.pulled} rss_kb={rss}", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
