"""``python -m gui`` behaves exactly like the ``inroads`` command."""

import sys

from gui.cli import main

# A drafting worker started by "spawn" (Windows) imports this module again, as "__mp_main__": it must not open a window.
if __name__ == "__main__":
    sys.exit(main())
