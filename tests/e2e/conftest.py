"""A real X server for the end-to-end tests (skipped where Xvfb is not installed)."""
import os
import shutil
import subprocess

import pytest


@pytest.fixture
def xvfb():
    """A fresh Xvfb display (":N"), stopped after the test.

    ``-displayfd``: Xvfb picks a free display itself and writes its number once it accepts
    connections; the fixture waits for that line (the event), not for a socket file in time.
    """
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (.ci/run installs it; the e2e tests need a real X server)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x850x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_fd,))
    os.close(write_fd)
    try:
        with os.fdopen(read_fd, "rb") as ready:
            number = ready.readline().strip()          # blocks until the server is up (or died: b"")
        assert number.isdigit(), f"Xvfb did not start (exit code {proc.poll()})"
        yield f":{number.decode()}"
    finally:
        proc.terminate()
        proc.wait()
