#!/usr/bin/env bash
# Build the one-folder Workbench bundle on Linux or macOS: dist/Workbench/ (and Workbench.app on macOS).
#   packaging/build.sh                 # torch as pip resolves it (on Linux: the big CUDA build)
#   TORCH_CPU=1 packaging/build.sh     # CPU-only torch wheels: a much smaller bundle (Linux)
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv-build}"
PYTHON="${PYTHON:-python3}"

"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --upgrade pip
if [ "${TORCH_CPU:-0}" = "1" ]; then
  # The +cpu builds satisfy pyproject's torch==2.14.1 / torchvision==0.29.1 pins.
  "$VENV/bin/pip" install torch==2.14.1 torchvision==0.29.1 \
    --index-url https://download.pytorch.org/whl/cpu
fi
"$VENV/bin/pip" install -e . pyinstaller
"$VENV/bin/pyinstaller" --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/workbench.spec

echo "Built: dist/Workbench/ (run dist/Workbench/Workbench)"
