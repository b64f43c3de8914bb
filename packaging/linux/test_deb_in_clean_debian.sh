#!/usr/bin/env bash
# The strong .deb test: a clean Debian root (debootstrap, minbase), `apt-get install ./workbench.deb`
# pulls in exactly what the package declares (no Recommends: no CJK font), then `workbench --selftest`
# runs there, its window check on the host's Xvfb (xcb). Proves nothing depends on what happens
# to be installed on the build machine. Needs root, debootstrap and Debian's mirror.
#   sudo packaging/linux/test_deb_in_clean_debian.sh dist/workbench_0.1.0_amd64.deb [ROOT_DIR] [SUITE]
set -euo pipefail
DEB="$(readlink -f "${1:?usage: $0 DEB [ROOT_DIR] [SUITE]}")"
ROOT="${2:-/var/tmp/workbench-debian-root}"
SUITE="${3:-bookworm}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR"
fi
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  for m in tmp/.X11-unix dev sys proc; do umount -R -l "$ROOT/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$ROOT/proc"; mount --rbind /sys "$ROOT/sys"; mount --rbind /dev "$ROOT/dev"
mkdir -p "$ROOT/tmp/.X11-unix"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$DEB" "$ROOT/tmp/workbench.deb"

DISPLAY_ENV=()
if command -v Xvfb >/dev/null 2>&1; then
  mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
  exec 3< <(Xvfb -displayfd 1 -screen 0 1600x1000x24 -nolisten tcp 2>/dev/null & echo "pid $!")
  read -r _ XVFB_PID <&3; read -r N <&3 && DISPLAY_ENV=("DISPLAY=:$N")
fi
T0=$(date +%s)
chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/workbench.deb >/dev/null"
T1=$(date +%s)
echo "installed in $((T1 - T0)) s; no python3 in the root: $(chroot "$ROOT" sh -c 'command -v python3 || echo none')"
STATUS=0
chroot "$ROOT" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 "${DISPLAY_ENV[@]}" \
  workbench --selftest || STATUS=1
chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin dpkg -r workbench >/dev/null
if chroot "$ROOT" sh -c 'test -e /opt/workbench || test -e /usr/bin/workbench'; then
  echo "FAIL  dpkg -r left files behind"; STATUS=1
else
  echo "PASS  dpkg -r removed /opt/workbench and /usr/bin/workbench"
fi
exit $STATUS
