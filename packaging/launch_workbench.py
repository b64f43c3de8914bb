"""PyInstaller entry script: runs ``workbench.__main__.main`` as a package import.

Pointing PyInstaller straight at ``workbench/__main__.py`` would run it as a top-level script,
where the package's relative imports fail; this shim keeps ``workbench`` a package.
"""

import multiprocessing
import sys

from workbench.__main__ import main

if __name__ == "__main__":
    # Training runs in a spawned child process; in the bundle that child is this exe again, and
    # freeze_support() turns it into the child before anything else runs.
    multiprocessing.freeze_support()
    sys.exit(main())
