"""Launcher: sets itself up on first run, then hands over to ``explorer.cli``."""

import sys

from explorer.bootstrap import ensure_environment, quiet_tensorflow_logs

if __name__ == "__main__":
    ensure_environment()
    quiet_tensorflow_logs()  # before anything can import TensorFlow
    from explorer.cli import main

    sys.exit(main())
