#!/usr/bin/env bash
# The maintainer's one build command (Linux; macOS builds the .app the same way):
#   packaging/build.sh
# -> dist/workbench/                       the one-folder bundle (run dist/workbench/workbench)
#    dist/size-report.txt                  what it carries, largest parts first
#    dist/workbench_<v>_amd64.deb          Linux: installs to /opt/workbench, `workbench` on PATH
#    dist/workbench-<v>-linux-x86_64.tar.zst   Linux: the same folder for any distribution
# then packaging/smoke.sh dist/workbench   tests it as a user's machine would.
#
# Environment:
#   VENV=.venv        the venv to build from (created, with `pip install -e ".[package]"`, if it lacks
#                     PyInstaller); CI reuses its test venv
#   TORCH_CPU=1       install PyTorch's CPU-only wheels first (a far smaller Linux bundle; needs
#                     download.pytorch.org); see packaging/README.md
#   PACKAGES=0        bundle only, no .deb / archive
#   CLEAN=1           rebuild from scratch (otherwise build/pyinstaller is reused)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
T0=$(date +%s)

if [ ! -x "$VENV/bin/python" ]; then "$PYTHON" -m venv "$VENV"; fi
if ! "$VENV/bin/python" -c "import PyInstaller, workbench" >/dev/null 2>&1; then
  if [ "${TORCH_CPU:-0}" = "1" ]; then
    # The +cpu builds satisfy pyproject's torch==2.14.1 / torchvision==0.29.1 pins.
    "$VENV/bin/pip" install torch==2.14.1 torchvision==0.29.1 --index-url https://download.pytorch.org/whl/cpu
  fi
  "$VENV/bin/pip" install -e ".[package]"
fi
# The icon files and the Chinese font are generated and committed; rebuild them only if missing.
[ -f resources/icons/workbench.ico ] || "$VENV/bin/python" resources/icons/make_icons.py

# This checkout's workbench/, even when the venv has another one installed in editable mode.
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
CLEAN_ARG=()
[ "${CLEAN:-0}" = "1" ] && CLEAN_ARG=(--clean)
"$VENV/bin/pyinstaller" --noconfirm "${CLEAN_ARG[@]}" --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/workbench.spec
T1=$(date +%s)
"$VENV/bin/python" packaging/size_report.py dist/workbench --json dist/size-report.json > dist/size-report.txt
if [ "$(uname)" = "Linux" ]; then
  # The oldest Linux it starts on is set by the newest glibc symbol any file asks for.
  # (into a file first: "| head -n 1" would end the script early with SIGPIPE under pipefail)
  packaging/glibc_needed.sh dist/workbench > dist/glibc-needed.txt
  head -n 1 dist/glibc-needed.txt | tee -a dist/size-report.txt
fi
head -n 14 dist/size-report.txt
echo "bundle built in $((T1 - T0)) s: dist/workbench/workbench"

if [ "$(uname)" = "Linux" ] && [ "${PACKAGES:-1}" = "1" ]; then
  VERSION="$("$VENV/bin/python" -c "import workbench; print(workbench.__version__)")"
  packaging/linux/make_packages.sh dist/workbench "$VERSION" dist
fi
