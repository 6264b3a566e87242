"""`entraide-hub`: the network hub's command line (the server itself comes with the hub issue)."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="entraide-hub", description="Hub du réseau Entraide.")
    parser.add_argument("--version", action="version", version=f"Entraide hub {version('entraide')}")
    parser.parse_args(argv)
    print("entraide-hub : le serveur du réseau n'est pas encore livré dans cette version.",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
