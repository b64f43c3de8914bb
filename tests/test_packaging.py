"""The install itself: version pins that protect users, the entry point, and a real wheel.

The wheel test builds the wheel from a copy of the source (no build/ or egg-info left in the
checkout), installs it into a plain folder and runs that copy from outside the checkout: the
sample project and the translations must come with it.""" 

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
BAD_PYSIDE = Version("6.12.0")  # Fatal Python error: bool_dealloc, see test_signal_regression.py


def _requirements() -> dict[str, Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    return {r.name.lower(): r for r in reqs}


def test_pyproject_pins_pyside6_below_6_12():
    req = _requirements()["pyside6-essentials"]
    assert not req.specifier.contains(BAD_PYSIDE, prereleases=True), str(req)
    assert not req.specifier.contains("6.12.1"), str(req)
    assert req.specifier.contains("6.11.0"), f"{req} should still allow 6.11"


def test_pyproject_pins_torch_exactly():
    reqs = _requirements()
    assert str(reqs["torch"].specifier) == "==2.14.1"
    assert str(reqs["torchvision"].specifier) == "==0.29.1"


def test_installed_pyside6_is_below_6_12():
    import PySide6

    assert Version(PySide6.__version__) < BAD_PYSIDE, (
        f"PySide6 {PySide6.__version__} is installed; 6.12 aborts after many Signal(object) "
        f"emits. Reinstall with: pip install 'PySide6-Essentials>=6.8,<6.12'"
    )


def test_workbench_version_runs():
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.run(
        [sys.executable, "-m", "workbench", "--version"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = (proc.stdout + proc.stderr).strip()
    assert out, "`workbench --version` printed nothing"
    assert any(ch.isdigit() for ch in out), out


def test_checkout_finds_resources_beside_the_package():
    import workbench
    from workbench import app

    assert workbench.resources_dir() == ROOT / "resources"
    assert app.RESOURCES == ROOT / "resources" and (app.SAMPLE_PROJECT / "classes.txt").is_file()


def _build_wheel(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("workbench", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    out = tmp_path / "dist"
    # no build isolation: setuptools from this environment, nothing downloaded
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "--no-index", "-q", "-w", str(out), str(src)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    wheels = list(out.glob("workbench-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_carries_resources_and_an_installed_copy_finds_them(tmp_path):
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix not in (".py", ".pyc", ".ts") and "__pycache__" not in p.parts}
    assert "resources/sample_project/classes.txt" in shipped and "resources/translations/workbench_zh_CN.qm" in shipped
    missing = sorted(p for p in shipped if f"workbench/{p}" not in names)
    assert missing == [], f"not in the wheel: {missing}"
    assert "workbench/__main__.py" in names and "workbench/app.py" in names
    assert not [n for n in names if n.startswith("resources/")]     # inside the package, not beside it

    target = tmp_path / "installed"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                        "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    code = f"""
import sys
sys.path.insert(0, {str(target)!r})
from pathlib import Path
import workbench
from workbench import app
from PySide6.QtCore import QTranslator
target = Path({str(target)!r})
assert Path(workbench.__file__).is_relative_to(target), workbench.__file__
res = workbench.resources_dir()
assert res == target / "workbench" / "resources", res
assert (app.SAMPLE_PROJECT / "classes.txt").is_file(), app.SAMPLE_PROJECT
copy = app.sample_project_copy()
assert sorted(p.name for p in copy.glob("*.jpg")) == sorted(p.name for p in app.SAMPLE_PROJECT.glob("*.jpg"))
t = QTranslator()
assert t.load("workbench_zh_CN", str(res / "translations")), "translations not found"
assert not t.isEmpty()
print("OK", res)
"""
    env = dict(os.environ, WORKBENCH_CONFIG_DIR=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("OK"), r.stdout + r.stderr
