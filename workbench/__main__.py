"""``python -m workbench`` and the ``workbench`` console script."""
import multiprocessing
import sys

from .cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()   # the training child process of a frozen app (no-op otherwise)
    sys.exit(main())
