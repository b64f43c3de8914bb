"""PyInstaller entry script: runs ``workbench.__main__.main`` as a package import.

Pointing PyInstaller straight at ``workbench/__main__.py`` would run it as a top-level script,
where the package's relative imports fail; this shim keeps ``workbench`` a package.
"""

import sys

from workbench.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
