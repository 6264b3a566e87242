"""The bundle's entry point (installer/entraide.spec): the same `main()` as the `entraide` command."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
