#!/usr/bin/env bash
# Incremental builds (issue 10): wall time and peak memory of `waymark build` on a
# prepared corpus (generate-corpus.py + sync + msgen, as run.sh makes it):
#   cold (empty .waymark-cache/), no change, one edited page, one edited catalog,
#   and the same one-page edit with --no-cache for comparison.
# usage: Benchmarks/incremental.sh WAYMARK PROJECT
set -euo pipefail
waymark="$1"; site="$2"
work="$(mktemp -d -t waymark-incremental-XXXXXX)"
trap 'rm -rf "$work"' EXIT

measure() { # label, command...: prints label, wall seconds, peak MiB
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r seconds kib < "$work/time"
  printf '%-36s %8.2f s %8.1f MiB\n' "$label" "$seconds" "$(echo "$kib / 1024" | bc -l)"
}

rm -rf "$site/.waymark-cache"
printf '%-36s %10s %12s\n' "what" "wall" "peak memory"
measure "build, empty cache" "$waymark" build --project "$site"
measure "build, nothing changed" "$waymark" build --project "$site"
page="$(find "$site/Source-Content" -name '*.md' | sort | sed -n 2p)"
echo "One more sentence for the incremental benchmark." >> "$page"
measure "build after one edited page" "$waymark" build --project "$site"
catalog="$(find "$site/Locales/es" -name '*.po' | sort | sed -n 3p)"
# Change the text of the last translated entry (a translator's fix), state unchanged.
python3 - "$catalog" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
spots = [m for m in re.finditer(r'(?m)^msgstr "(.+)"$', text)]
m = spots[-1]
open(path, "w", encoding="utf-8").write(text[:m.end() - 1] + ' (revisado)"' + text[m.end():])
PY
measure "build after one edited catalog" "$waymark" build --project "$site"
echo "One more sentence, again." >> "$page"
measure "one edited page, --no-cache" "$waymark" build --no-cache --project "$site"
echo "cache: $(du -sh "$site/.waymark-cache" | cut -f1), $(find "$site/.waymark-cache" -type f | wc -l) files"
