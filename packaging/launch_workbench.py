"""PyInstaller entry script: runs ``workbench.__main__.main`` as a package import.

Pointing PyInstaller straight at ``workbench/__main__.py`` would run it as a top-level script,
where the package's relative imports fail; this shim keeps ``workbench`` a package. It also does
what only a frozen program needs:

* ``multiprocessing.freeze_support()``: a child process started with "spawn" (Windows, macOS:
  Ultralytics' data loader workers) runs this executable again; without it, every worker would
  open another window instead of loading images;
* real ``sys.stdout``/``sys.stderr``: a windowed Windows executable has ``None`` for both, so
  ``print`` and Ultralytics' logger would fail. Started from a terminal, it attaches to that
  terminal's console (``workbench check FOLDER`` prints there); double-clicked, output goes to a
  log file in the settings folder, where a support person can find it.
"""

import multiprocessing
import os
import sys


def _attach_parent_console() -> bool:
    """Windows: write to the console of the terminal that started us, if any."""
    if sys.platform != "win32":
        return False
    import ctypes

    ATTACH_PARENT_PROCESS = -1
    if not ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False
    try:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)
        return True
    except OSError:
        return False


def _log_file_streams() -> None:
    """No console at all: keep the output in ``<settings folder>/workbench.log``."""
    try:
        from workbench.settings import config_dir

        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stream = open(folder / "workbench.log", "a", encoding="utf-8", errors="replace", buffering=1)
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def _give_real_streams() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    if not _attach_parent_console():
        _log_file_streams()


if __name__ == "__main__":
    # Training runs in a spawned child process; in the bundle that child is this exe again, and
    # freeze_support() turns it into the child before anything else runs.
    multiprocessing.freeze_support()
    _give_real_streams()
    from workbench.__main__ import main

    sys.exit(main())
