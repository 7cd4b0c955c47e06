"""``python -m explorer``: the same as ``python main.py`` (without the first-run set-up)."""

import sys

from explorer.bootstrap import quiet_tensorflow_logs
from explorer.cli import main  # light: imports no TensorFlow

quiet_tensorflow_logs()  # before anything can import TensorFlow
sys.exit(main())
