#!/usr/bin/env bash
# The newest glibc a bundle needs: the highest GLIBC_x.y symbol version any of its ELF files asks for,
# and which files ask for it (they decide the oldest Linux the bundle starts on).
#   packaging/glibc_needed.sh dist/workbench
set -euo pipefail
DIR="${1:?usage: $0 BUNDLE_DIR}"
TMP="$(mktemp)"
trap 'rm -f "$TMP"' EXIT
find "$DIR" -type f \( -name "*.so*" -o -perm -u+x \) -print0 | while IFS= read -r -d '' f; do
  if head -c 4 "$f" 2>/dev/null | grep -q "ELF"; then
    objdump -T "$f" 2>/dev/null | grep -o "GLIBC_[0-9][0-9.]*" | sort -u | sed "s|\$| ${f#"$DIR"/}|" || true
  fi
done > "$TMP"
MAX="$(cut -d' ' -f1 "$TMP" | sort -u -V | tail -1)"
echo "highest glibc symbol version: $MAX"
echo "files that need it:"
grep "^$MAX " "$TMP" | cut -d' ' -f2- | sort | sed 's/^/  /'
