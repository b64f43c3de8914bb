#!/usr/bin/env bash
# Smoke-test a built Linux bundle the way a user's machine would see it:
#   packaging/smoke.sh dist/workbench            # the folder packaging/build.sh made
#   packaging/smoke.sh /opt/workbench --in-place # an installed copy (the .deb test): run it where it is
#   WORKBENCH=workbench packaging/smoke.sh -      # the `workbench` found on PATH
#
# 1. copies the bundle to a new folder whose path has spaces and Chinese characters (nothing may
#    depend on where it was built);
# 2. runs it with `env -i`: no Python, no venv, no PYTHONPATH, no LD_LIBRARY_PATH. Only these are set:
#      HOME      a new empty home (settings and Ultralytics' config go there, not the maintainer's);
#      PATH      a folder holding sh and uname only (subprocesses some libraries start), no python;
#      DISPLAY   an Xvfb started here, so the window check runs on the real xcb platform;
#      LANG      C.UTF-8, the locale of a minimal system;
#      FONTCONFIG_FILE  a fontconfig with DejaVu only: a machine without a CJK font, so the Chinese
#                glyphs must come from the font inside the bundle;
# 3. runs `workbench --version`, then `workbench --selftest` (every step of the loop, PASS/FAIL each:
#    see workbench/cli/selftest.py) and exits non-zero when any step fails.
set -euo pipefail

usage() { echo "usage: $0 BUNDLE_DIR [--in-place] | $0 - (WORKBENCH=command)" >&2; exit 2; }
[ $# -ge 1 ] || usage
SRC="$1"; IN_PLACE="${2:-}"
T0=$(date +%s)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/workbench smoke 冒烟.XXXXXX")"
XVFB_PID=""
cleanup() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept: $WORK"; fi
}
trap cleanup EXIT

if [ "$SRC" = "-" ]; then
  EXE="$(command -v "${WORKBENCH:-workbench}")" || { echo "FAIL  ${WORKBENCH:-workbench} is not on PATH"; exit 1; }
elif [ "$IN_PLACE" = "--in-place" ]; then
  EXE="$SRC/workbench"
else
  [ -x "$SRC/workbench" ] || { echo "FAIL  $SRC/workbench is not an executable bundle"; exit 1; }
  DEST="$WORK/安装 目录 (copy)/workbench"
  mkdir -p "$(dirname "$DEST")"
  cp -a "$SRC" "$DEST"
  EXE="$DEST/workbench"
fi
echo "smoke test of: $EXE"

mkdir -p "$WORK/home" "$WORK/bin" "$WORK/fontconfig"
for tool in sh uname; do ln -s "$(command -v $tool)" "$WORK/bin/$tool"; done
DEJAVU="$( (fc-list 2>/dev/null || true) | grep -i -m1 dejavu | cut -d: -f1 | xargs -r dirname || true)"
cat > "$WORK/fontconfig/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${DEJAVU:-/usr/share/fonts/truetype/dejavu}</dir>
  <cachedir>$WORK/fontconfig/cache</cachedir>
</fontconfig>
EOF

DISPLAY_ENV=()
if command -v Xvfb >/dev/null 2>&1; then
  exec 3< <(Xvfb -displayfd 1 -screen 0 1600x1000x24 -nolisten tcp 2>"$WORK/xvfb.log" & echo "pid $!")
  read -r _ XVFB_PID <&3 || true
  read -r DISPLAY_NUM <&3 || true   # Xvfb writes its display number once it accepts clients
  if [ -n "${DISPLAY_NUM:-}" ]; then DISPLAY_ENV=("DISPLAY=:$DISPLAY_NUM"); fi
fi
if [ ${#DISPLAY_ENV[@]} -eq 0 ]; then
  echo "warning: no Xvfb (apt-get install xvfb): the window check runs offscreen instead of xcb" >&2
fi

run_clean() {
  env -i HOME="$WORK/home" PATH="$WORK/bin" LANG=C.UTF-8 FONTCONFIG_FILE="$WORK/fontconfig/fonts.conf" \
    "${DISPLAY_ENV[@]}" "$@"
}

STATUS=0
if OUT="$(run_clean "$EXE" --version 2>&1)"; then echo "PASS  bundle --version    $OUT"
else echo "FAIL  bundle --version    $OUT"; STATUS=1; fi
if run_clean python3 -c "" 2>/dev/null; then echo "FAIL  python3 is reachable from the clean environment"; STATUS=1; fi

# SELFTEST_ARGS: extra selftest options, e.g. "--skip train" while debugging the script itself.
read -ra EXTRA <<< "${SELFTEST_ARGS:-}"
run_clean "$EXE" --selftest --work "$WORK/selftest 自检" --json "$WORK/selftest.json" "${EXTRA[@]}" || STATUS=1
T1=$(date +%s)
echo "smoke test: $((T1 - T0)) s, $([ $STATUS -eq 0 ] && echo PASS || echo FAIL)"
exit $STATUS
