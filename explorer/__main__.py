"""``python -m explorer``: the same as ``python main.py``."""

import sys

from explorer.cli import main

sys.exit(main())
