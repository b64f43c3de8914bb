"""The installer's parts that can be checked without building it: the PyInstaller spec (both
executables, the native libraries PyInstaller's hooks miss), the release workflow, the icon files,
the desktop entry, the frozen entry script's streams, and ``workbench --selftest`` itself.

The bundle is built and smoke-tested by .ci/run (packaging/build.sh, packaging/smoke.sh).
"""
from __future__ import annotations

import configparser
import importlib.util
import io
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


class _Recorder:
    """Stands in for PyInstaller's build classes; keeps what the spec passed."""

    made: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        _Recorder.made.append(self)
        self.pure, self.scripts = [], []
        self.binaries = [(Path(src).name if dest is None else f"{dest}/{Path(src).name}", src, "BINARY")
                         for src, dest in kwargs.get("binaries", [])]
        self.datas = []


def _run_spec(monkeypatch, platform: str = "linux", cli_exe: bool = False) -> list[_Recorder]:
    # PyInstaller's collectors stand in as empty lists: collecting every submodule of ultralytics
    # and openvino takes a minute, and the test venv has no PyInstaller. The spec's own choices are
    # what is tested here.
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda *a, **k: []
    hooks.collect_data_files = lambda *a, **k: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("WORKBENCH_CLI_EXE", "1" if cli_exe else "0")
    _Recorder.made = []
    names = {k: type(k, (_Recorder,), {}) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec = PACKAGING / "workbench.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"),
         {"SPECPATH": str(PACKAGING), "__name__": "__main__", **names})
    return list(_Recorder.made)


def test_spec_builds_a_windowed_and_a_console_executable(monkeypatch):
    made = _run_spec(monkeypatch, platform="win32")
    exes = {m.kwargs["name"]: m.kwargs for m in made if m.kind == "EXE"}
    assert set(exes) == {"workbench", "workbench-cli"}
    assert exes["workbench"]["console"] is False and exes["workbench-cli"]["console"] is True
    assert all(Path(e["icon"]).name == "workbench.ico" and Path(e["icon"]).is_file() for e in exes.values())
    collect = next(m for m in made if m.kind == "COLLECT")
    assert collect.kwargs["name"] == "workbench"
    assert sum(1 for a in collect.args if getattr(a, "kind", "") == "EXE") == 2  # one _internal/ for both


def test_spec_on_linux_builds_one_executable_named_workbench(monkeypatch):
    made = _run_spec(monkeypatch, platform="linux")
    assert [m.kwargs["name"] for m in made if m.kind == "EXE"] == ["workbench"]


def test_spec_bundles_the_native_libraries_the_hooks_miss(monkeypatch):
    if not all(importlib.util.find_spec(m) for m in ("torchvision", "openvino")):
        pytest.skip("torchvision or openvino not installed")
    made = _run_spec(monkeypatch)
    analysis = next(m for m in made if m.kind == "Analysis")
    dests = {dest for dest, _src, _kind in analysis.binaries}
    assert {"torchvision/_C_stable.so", "torchvision/image_stable.so"} <= dests or \
        any(d.startswith("torchvision/_C") for d in dests)
    ov = {d.split("/")[-1].split(".so")[0] for d in dests if d.startswith("openvino/libs/")}
    for needed in ("libopenvino", "libopenvino_intel_cpu_plugin", "libopenvino_ir_frontend",
                   "libopenvino_onnx_frontend", "libopenvino_pytorch_frontend"):
        assert needed in ov, f"{needed} missing: {sorted(ov)}"
    assert not any("gpu_plugin" in d or "npu_plugin" in d or "tensorflow" in d for d in ov)
    assert "triton" in analysis.kwargs["excludes"]


def test_icon_files_are_generated_from_the_svg():
    from PIL import Image

    assert (ICONS / "workbench.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 128, 256, 512):
        with Image.open(ICONS / f"workbench_{size}.png") as im:
            assert im.size == (size, size)
            assert im.convert("L").getextrema()[1] - im.convert("L").getextrema()[0] > 50  # not blank
    with Image.open(ICONS / "workbench.ico") as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "workbench.icns") as icns:
        assert icns.size[0] >= 256


def test_desktop_entry_starts_workbench_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "workbench.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"].split()[0] == "workbench" and d["Icon"] == "workbench"
    assert d["Terminal"] == "false" and d["Categories"].endswith(";")
    assert "zh_CN" in "".join(d.keys())


def test_release_workflow_builds_wraps_and_selftests_on_each_os():
    yaml = pytest.importorskip("yaml")
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    build = wf["jobs"]["build"]
    assert set(build["strategy"]["matrix"]["os"]) >= {"windows-latest", "macos-14"}
    assert any(o.startswith("ubuntu") for o in build["strategy"]["matrix"]["os"])
    steps = build["steps"]
    assert all(s.get("name") for s in steps), [s for s in steps if not s.get("name")]
    runs = {s["name"]: s.get("run", "") for s in steps}
    for os_name, wrap in (("Windows", "build.ps1"), ("macOS", "hdiutil create"), ("Linux", "build.sh")):
        mine = [s for s in steps if os_name in s.get("if", "")]
        assert any(wrap in s.get("run", "") for s in mine), os_name
        assert any("--selftest" in s.get("run", "") or "smoke.sh" in s.get("run", "") for s in mine), os_name
    assert any("workbench-cli.exe --selftest" in r for r in runs.values())
    assert any("apt-get install" in r and ".deb" in r and "dpkg -r" in r for r in runs.values())


def _load_launcher():
    spec = importlib.util.spec_from_file_location("launch_workbench", PACKAGING / "launch_workbench.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_windowed_executable_without_streams_logs_to_the_settings_folder(monkeypatch, tmp_path):
    launcher = _load_launcher()
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher._give_real_streams()
    print("training started", flush=True)
    print("a warning", file=sys.stderr, flush=True)
    stream = sys.stdout
    monkeypatch.undo()
    stream.close()
    assert (tmp_path / "config" / "workbench.log").read_text(encoding="utf-8") == "training started\na warning\n"


def test_launcher_keeps_real_streams(monkeypatch):
    launcher = _load_launcher()
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    launcher._give_real_streams()
    assert sys.stdout is out and sys.stderr is err


def _workbench(args, tmp_path, **env):
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBENCH_CONFIG_DIR=str(tmp_path / "cfg"), **env)
    full["PYTHONPATH"] = os.pathsep.join([str(ROOT), full.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "workbench", *args], cwd=tmp_path, env=full,
                          capture_output=True, text=True, encoding="utf-8", timeout=240)


def test_selftest_runs_the_quick_steps_and_reports_each(tmp_path):
    slow = ["train", "predict-pt", "export-onnx", "predict-onnx", "export-openvino", "predict-openvino", "gui"]
    proc = _workbench(["--selftest", "--work", str(tmp_path / "自检 work"), "--json", str(tmp_path / "r.json"),
                       *[a for s in slow for a in ("--skip", s)]], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [line.split()[:2] for line in proc.stdout.splitlines() if line.startswith(("PASS", "FAIL"))]
    assert lines == [["PASS", s] for s in ("version", "screenshot", "check", "split")]
    assert (tmp_path / "自检 work" / "项目 photos" / "dataset" / "data.yaml").is_file()


def test_selftest_step_fails_on_a_failing_command(tmp_path):
    from workbench.cli import selftest

    runner = selftest.Runner(tmp_path, out=io.StringIO())
    runner.env["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    assert runner.run("check", ["check", str(tmp_path / "does not exist")]) is None
    assert not runner.steps[0].ok and "exit status" in runner.steps[0].detail
    assert "FAIL  check" in runner.out.getvalue()
    assert runner.run("version", ["--version"], lambda p: "" if "0." in p.stdout else "no version") is not None
    assert runner.steps[1].ok


def test_selftest_rejects_an_unknown_step(tmp_path):
    proc = _workbench(["selftest", "--skip", "nonsense"], tmp_path)
    assert proc.returncode == 2 and "unknown step" in proc.stderr


def test_png_is_blank(tmp_path):
    from PIL import Image

    from workbench.cli.selftest import png_is_blank

    Image.new("RGB", (40, 30), (200, 200, 200)).save(tmp_path / "flat.png")
    im = Image.new("RGB", (40, 30), (200, 200, 200))
    im.putpixel((3, 3), (0, 0, 0))
    im.save(tmp_path / "dot.png")
    assert png_is_blank(tmp_path / "flat.png") and png_is_blank(tmp_path / "missing.png")
    assert not png_is_blank(tmp_path / "dot.png")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig")
def test_window_in_chinese_has_real_glyphs_without_a_system_cjk_font(tmp_path):
    # fontconfig limited to DejaVu (no CJK font), as on a minimal machine: the glyphs must come from
    # the font Workbench ships.
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("DejaVu fonts not installed")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>{dejavu}</dir>'
                    f"<cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>", encoding="utf-8")
    from workbench.cli.selftest import make_project

    project = make_project(tmp_path / "项目", n=4)
    proc = _workbench(["selftest-gui", str(project), str(tmp_path / "pages")], tmp_path,
                      FONTCONFIG_FILE=str(conf), WORKBENCH_LANG="zh_CN")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"ok": true' in proc.stdout and '"missing": ""' in proc.stdout
    assert len(list((tmp_path / "pages").glob("page_*.png"))) == 4


def test_missing_glyph_is_found(qapp):
    from PySide6.QtWidgets import QLabel

    from workbench.ui.selftest_window import missing_glyphs

    label = QLabel()
    # U+9FFF: in the CJK block, but no font has a glyph for it.
    missing, _ = missing_glyphs(label, "标注\u9fff")
    assert missing == ["\u9fff"]


def test_window_icon_comes_from_the_generated_pngs(qapp):
    from PySide6.QtCore import QSize

    from workbench.app import install_fonts_and_icon

    install_fonts_and_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(256, 256)} <= set(icon.availableSizes())
