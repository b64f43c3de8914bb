#!/usr/bin/env bash
# Wrap a built Linux bundle into a .deb and a .tar.zst (no packaging tools beyond dpkg-deb and tar).
#   packaging/linux/make_packages.sh dist/workbench 0.1.0 dist
# .deb: the bundle in /opt/workbench, /usr/bin/workbench -> /opt/workbench/workbench, a .desktop entry
#       and hicolor icons (Debian's icon-cache and desktop-database triggers pick them up, so there are
#       no maintainer scripts and `dpkg -r` leaves nothing behind). Depends: what the bundle takes from
#       the system (glibc, the C++ runtime, the X/xcb/GL/fontconfig libraries Qt's xcb platform loads).
# .tar.zst: workbench-<version>-linux-x86_64/ with the bundle, the .desktop file and the icon, for
#       any distribution: unpack, run ./workbench.
# ZSTD_LEVEL (default 10) trades build time for size; ARCHIVE=0 makes the .deb only.
set -euo pipefail
BUNDLE="${1:?usage: $0 BUNDLE_DIR VERSION OUT_DIR}"; VERSION="${2:?version}"; OUT="${3:?out dir}"
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(cd "$HERE/../.." && pwd)"
ICONS="$ROOT/resources/icons"
LEVEL="${ZSTD_LEVEL:-10}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/workbench-deb.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT

# --- .deb ---------------------------------------------------------------------------------------
PKG="$STAGE/deb"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/doc/workbench"
# Hard links when the stage is on the same disk: no 4 GB copy; dpkg-deb reads the files either way.
cp -al "$BUNDLE" "$PKG/opt/workbench" 2>/dev/null || cp -a "$BUNDLE" "$PKG/opt/workbench"
ln -s /opt/workbench/workbench "$PKG/usr/bin/workbench"
install -m 644 "$HERE/workbench.desktop" "$PKG/usr/share/applications/workbench.desktop"
for png in "$ICONS"/workbench_*.png; do
  size="$(basename "$png" .png | cut -d_ -f2)"
  install -D -m 644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/workbench.png"
done
install -D -m 644 "$ICONS/workbench.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/workbench.svg"
cat > "$PKG/usr/share/doc/workbench/copyright" <<DOC
Workbench $VERSION. Bundled third-party software keeps its own licenses; their license files are
inside /opt/workbench/_internal (the *.dist-info folders). The Chinese font
/opt/workbench/_internal/resources/fonts/ is Noto Sans CJK (SIL Open Font License 1.1, OFL.txt there).
DOC
INSTALLED_KB="$(du -sk "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: workbench
Version: $VERSION
Architecture: amd64
Maintainer: Workbench maintainers <workbench@example.org>
Installed-Size: $INSTALLED_KB
Section: science
Priority: optional
Depends: libc6 (>= 2.35), libstdc++6 (>= 12), libgcc-s1, libexpat1, zlib1g,
 libfontconfig1, libfreetype6, libx11-6, libx11-xcb1, libxext6, libxrender1, libsm6, libice6,
 libxkbcommon0, libxkbcommon-x11-0, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1,
 libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libegl1, libgl1, libdrm2, libdbus-1-3,
 libwayland-client0, libwayland-cursor0, libwayland-egl1,
 libglib2.0-0t64 | libglib2.0-0
Recommends: fonts-noto-cjk
Homepage: https://github.com/workbench/workbench
Description: label photos, train a YOLO object detector and preview it
 Workbench walks you through Label, Dataset, Train and Preview: draw boxes on your photos,
 build a checked YOLO dataset, train Ultralytics YOLO on it while watching the curves, and
 run the trained model on a camera, a video or new photos. No programming needed.
 .
 Everything it needs (Python, PyTorch, Qt) is inside /opt/workbench. Run "workbench --selftest"
 to check an installation.
CONTROL
DEB="$OUT/workbench_${VERSION}_amd64.deb"
T0=$(date +%s)
dpkg-deb --root-owner-group -Zzstd -z"$LEVEL" --build "$PKG" "$DEB" >/dev/null
T1=$(date +%s)
echo "deb: $DEB ($(du -m "$DEB" | cut -f1) MB, $((T1 - T0)) s)"

# --- .tar.zst -----------------------------------------------------------------------------------
[ "${ARCHIVE:-1}" = "1" ] || exit 0
NAME="workbench-$VERSION-linux-x86_64"
mkdir -p "$STAGE/tar"
cp -al "$BUNDLE" "$STAGE/tar/$NAME" 2>/dev/null || cp -a "$BUNDLE" "$STAGE/tar/$NAME"
install -m 644 "$ICONS/workbench_256.png" "$STAGE/tar/$NAME/workbench.png"
ARCHIVE="$OUT/$NAME.tar.zst"
tar -C "$STAGE/tar" --owner=0 --group=0 -cf - "$NAME" | zstd -q -T0 -"$LEVEL" -f -o "$ARCHIVE"
T2=$(date +%s)
echo "archive: $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB, $((T2 - T1)) s)"
