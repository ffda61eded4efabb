#!/usr/bin/env bash
# make bench: Waymark's performance goals (SPEC §10, issue 10), measured side by side in one run.
#   1. a full build of a generated corpus (PAGES pages x 3 locales, 3 channels) against Hugo on the
#      same content and against raw cmark-gfm over the same Markdown (the floor): wall time,
#      CPU time (user + sys) and peak RSS of each, as a Markdown table with ratios against Hugo;
#   2. a rebuild after editing one page, and a rebuild after editing one catalog (.po);
#   3. BENCH_SCALING=1: peak RSS of a full build at 2,000 and at 10,000 pages;
#   4. readability throughput and serve's edit-to-reload (skipped with BENCH_QUICK=1).
# PAGES=10000 Benchmarks/run.sh for the SPEC's corpus size (default 2000 to keep it short).
# JOBS=N passes --jobs N to waymark (default: every core).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
pages="${PAGES:-2000}"
waymark="$root/.build/release/waymark"
jobs=()
[ -n "${JOBS:-}" ] && jobs=(--jobs "$JOBS")
work="$(mktemp -d -t waymark-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

if ! command -v hugo >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq hugo >/dev/null 2>&1 || echo "warning: could not install hugo; no comparison"
fi

# corpus DIR PAGES: the Waymark project in DIR/site, the same content as a Hugo site in DIR/hugo.
corpus() {
  python3 Benchmarks/generate-corpus.py "$1/site" "$2" --hugo "$1/hugo"
  ( cd "$1/site" && "$waymark" sync >/dev/null )
  # Spanish fully translated (msgen copies each source), Finnish every other catalog.
  local i=0 po
  for po in $(find "$1/site/Locales" -name '*.po' | sort); do
    case "$po" in */fi/*) i=$((i + 1)); [ $((i % 2)) = 0 ] && continue ;; esac
    # In place (msgen reads the whole catalog before it writes): a temporary file and a
    # rename per catalog would delete thousands of inodes just before the timed build, and
    # ext4 without a journal (this VM's disk) then skips recently deleted inodes one by one
    # while the build allocates its 17,000 files (`recently_deleted` in perf, seconds of sys time).
    msgen --no-wrap -o "$po" "$po" 2>/dev/null
  done
}

rows=()
# measure LABEL COMMAND...: one table row (wall s, user+sys s, peak RSS MiB); the values stay in $wall $cpu $rss.
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  read -r wall user sys kib < <(tail -n 1 "$work/time")
  cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  rss=$(python3 -c "print(f'{$kib / 1024:.0f}')")
  rows+=("| $label | $wall | $cpu | $rss |")
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}x' if $2 else 'n/a')"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(load)"
echo "== corpus: $pages pages x 3 locales"
corpus "$work" "$pages"
site="$work/site"

measure "waymark build (web + onion + app), clean" "$waymark" build --project "$site" "${jobs[@]}"
build_wall=$wall build_rss=$rss
files=$(find "$site/Build" -type f | wc -l)
# Right after the build nothing changed: check and build answer from the last-build record
# (.waymark-cache/last-build). The rows after them remove it, so that they measure the work.
measure "waymark check after the build, nothing changed (last-build record)" "$waymark" check --project "$site" "${jobs[@]}"
measure "waymark rebuild, nothing changed (last-build record)" "$waymark" build --project "$site" "${jobs[@]}"
rm -f "$site/.waymark-cache/last-build"
measure "waymark check" "$waymark" check --project "$site" "${jobs[@]}"
hugo_wall="" hugo_rss=""
if command -v hugo >/dev/null; then
  measure "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1) (one site, 3 languages)" hugo --quiet -s "$work/hugo" -d "$work/hugo-public"
  hugo_wall=$wall hugo_rss=$rss
fi
find "$site/Source-Content" -name '*.md' -print0 | sort -z | xargs -0 cat > "$work/all.md"
measure "cmark-gfm parse + render, English pages (floor)" cmark-gfm -e table -e strikethrough -e autolink -e tasklist "$work/all.md"
# A rebuild with nothing changed first: it is what a writer's next build looks like (the
# cache filled, each channel's back buffer in place), so the edits below measure that state.
rm -f "$site/.waymark-cache/last-build"
measure "waymark rebuild, nothing changed, without the record" "$waymark" build --project "$site" "${jobs[@]}"
first="$(find "$site/Source-Content" -name '*.md' | sort | sed -n 1p)"
echo "One more sentence for the rebuild benchmark." >> "$first"
measure "waymark rebuild after one edited page" "$waymark" build --project "$site" "${jobs[@]}"
catalog="$(find "$site/Locales/es" -name '*.po' | sort | sed -n 1p)"
python3 - "$catalog" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
# The first translated entry after the header gets one more word.
matches = [m for m in re.finditer(r'^msgstr "(.+)"$', text, re.M)]
m = matches[0]
text = text[:m.start(1)] + "Editado: " + text[m.start(1):]
open(path, "w", encoding="utf-8").write(text)
PY
measure "waymark rebuild after one edited catalog" "$waymark" build --project "$site" "${jobs[@]}"

echo
echo "Load average after the runs: $(load). Waymark wrote $files files (3 channels); Hugo one HTML site."
echo
echo "| what ($pages pages x 3 locales) | wall (s) | CPU user+sys (s) | peak RSS (MiB) |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ -n "$hugo_wall" ]; then
  echo
  echo "Waymark full build against Hugo: wall $(ratio "$build_wall" "$hugo_wall"), peak RSS $(ratio "$build_rss" "$hugo_rss")."
fi

if [ "${BENCH_SCALING:-0}" = 1 ]; then
  echo
  echo "== memory scaling (full build, peak RSS)"
  declare -A scaled
  for n in 2000 10000; do
    if [ "$n" = "$pages" ]; then scaled[$n]=$build_rss; continue; fi
    mkdir -p "$work/scale-$n"
    corpus "$work/scale-$n" "$n"
    rows=()
    measure "scale" "$waymark" build --project "$work/scale-$n/site" "${jobs[@]}"
    scaled[$n]=$rss
    rm -rf "$work/scale-$n"
  done
  echo "peak RSS: ${scaled[2000]} MiB at 2,000 pages, ${scaled[10000]} MiB at 10,000 pages ($(ratio "${scaled[10000]}" "${scaled[2000]}")); load average $(load)"
fi

if [ "${BENCH_QUICK:-0}" != 1 ]; then
  echo
  echo "== readability (words per second, release build; one core, and all cores for en-file-all-cores)"
  bash Benchmarks/Readability/bench.sh
  echo
  echo "== serve: edit-to-reload on the same corpus (save -> reload event -> new page fetched)"
  python3 Benchmarks/serve-reload.py "$waymark" "$site" --edits 5 -- --locale en
  python3 Benchmarks/serve-reload.py "$waymark" "$site" --edits 5
fi
