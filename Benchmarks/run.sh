#!/usr/bin/env bash
# make bench: Waymark's performance goals (SPEC §10, issue 5), measured side by side.
#   1. readability throughput per language, and English against textstat;
#   2. a full build of a generated corpus (PAGES pages x 3 locales) against Hugo on the
#      same content, and against raw cmark-gfm parsing; wall time and peak memory;
#   3. a rebuild after editing one page;
#   4. serve's edit-to-reload after editing one page (Benchmarks/serve-reload.py).
# PAGES=10000 Benchmarks/run.sh for the SPEC's corpus size (default 2000 to keep it short).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
pages="${PAGES:-2000}"
waymark="$root/.build/release/waymark"
work="$(mktemp -d -t waymark-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "== readability (words per second, release build; one core, and all cores for en-file-all-cores)"
bash Benchmarks/Readability/bench.sh

command -v hugo >/dev/null || { apt-get install -y -qq hugo >/dev/null 2>&1 || true; }
echo
echo "== corpus: $pages pages x 3 locales"
python3 Benchmarks/generate-corpus.py "$work/site" "$pages" --hugo "$work/hugo"
( cd "$work/site" && "$waymark" sync >/dev/null )
# Spanish fully translated (msgen copies each source), Finnish every other catalog.
i=0
for po in $(find "$work/site/Locales" -name '*.po' | sort); do
  case "$po" in */fi/*) i=$((i + 1)); [ $((i % 2)) = 0 ] && continue ;; esac
  msgen --no-wrap -o "$po.tmp" "$po" 2>/dev/null && mv "$po.tmp" "$po"
done

measure() { # label, command...: prints label, wall seconds, peak MiB
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r seconds kib < "$work/time"
  printf '%-28s %8.2f s %8.1f MiB\n' "$label" "$seconds" "$(echo "$kib / 1024" | bc -l)"
}

echo
printf '%-28s %10s %12s\n' "what" "wall" "peak memory"
measure "waymark build (3 channels)" "$waymark" build --project "$work/site"
measure "waymark check" "$waymark" check --project "$work/site"
if command -v hugo >/dev/null; then
  measure "hugo (1 site, 3 languages)" hugo --quiet -s "$work/hugo" -d "$work/hugo-public"
else
  echo "hugo unavailable: no comparison"
fi
find "$work/site/Source-Content" -name '*.md' -print0 | xargs -0 cat > "$work/all.md"
measure "cmark-gfm parse+render (en)" cmark-gfm -e table -e strikethrough -e autolink -e tasklist "$work/all.md"
first="$(find "$work/site/Source-Content" -name '*.md' | sort | sed -n 1p)"
echo "One more sentence for the rebuild benchmark." >> "$first"
measure "rebuild after one edit" "$waymark" build --project "$work/site"
echo
echo "files: $(find "$work/site/Build" -type f | wc -l) written by waymark"

echo
echo "== serve: edit-to-reload on the same corpus (save -> reload event -> new page fetched)"
python3 Benchmarks/serve-reload.py "$waymark" "$work/site" --edits 5 -- --locale en
python3 Benchmarks/serve-reload.py "$waymark" "$work/site" --edits 5
