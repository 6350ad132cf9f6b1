"""``python -m gui`` behaves exactly like the ``inroads`` command."""

import sys

from gui.cli import main

sys.exit(main())
