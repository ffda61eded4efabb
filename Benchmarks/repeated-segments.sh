#!/usr/bin/env bash
# Issue 14, item 7: one link paragraph repeated N times in one page of a copy
# of the sample project; `check`, `sync` and `build` must grow linearly.
# Before the fix: 2.2 s at 10,000 copies, 30 s at 40,000, over 60 s at 100,000.
#   COPIES="10000 40000 100000" Benchmarks/repeated-segments.sh
set -euo pipefail
cd "$(dirname "$0")/.."
waymark="$PWD/.build/release/waymark"
[ -x "$waymark" ] || waymark="$PWD/.build/debug/waymark"
work="$(mktemp -d -t waymark-repeat-XXXXXX)"
trap 'rm -rf "$work"' EXIT
printf '%8s %8s %8s %8s\n' copies check sync build
for copies in ${COPIES:-10000 40000 100000}; do
  rm -rf "$work/p" && mkdir -p "$work/p" && cp -r waymark.yaml Source-Content Locales "$work/p/"
  python3 - "$work/p/Source-Content/online-road-safety/50-repeated.md" "$copies" <<'PY'
import sys
open(sys.argv[1], "w").write("---\ntitle: Repeated\n---\n\n" + "[Next page](02-strong-passwords.md)\n\n" * int(sys.argv[2]))
PY
  times=()
  for command in check sync build; do
    start=$(date +%s.%N)
    "$waymark" "$command" --project "$work/p" >/dev/null 2>&1 || true
    times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  done
  printf '%8s %7.2fs %7.2fs %7.2fs\n' "$copies" "${times[@]}"
done
