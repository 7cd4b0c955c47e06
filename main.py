"""Launcher: sets itself up on first run, then hands over to ``explorer.cli``."""

import sys

from explorer.bootstrap import ensure_environment

if __name__ == "__main__":
    ensure_environment()
    from explorer.cli import main

    sys.exit(main())
