"""``python -m workbench`` and the ``workbench`` console script."""
import multiprocessing
import sys

from . import cli
from .cli import SUBCOMMANDS
from .cli import main as cli_main


def main() -> int:
    """Run the command line; a headless command that loaded torch ends without the interpreter's
    teardown of torch and Ultralytics (0.5-0.9 s measured after a training run), once its output
    is flushed and the exit handlers (data loader workers, logging) have run."""
    headless = bool(sys.argv[1:2]) and sys.argv[1] in SUBCOMMANDS
    cli.exit_after_command = headless
    code = cli_main()
    if headless and "torch" in sys.modules:
        exit_now(code)
    return code


def exit_now(code: int) -> None:
    import atexit
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    atexit._run_exitfuncs()   # multiprocessing joins its children, logging flushes its files
    os._exit(code)


if __name__ == "__main__":
    multiprocessing.freeze_support()   # the training child process of a frozen app (no-op otherwise)
    sys.exit(main())
