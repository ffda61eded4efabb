#!/usr/bin/env bash
# make fuzz: builds the libFuzzer driver (Sources/waymark-fuzz) with
# -sanitize=fuzzer into .build-fuzz/ and runs every target for FUZZ_SECONDS.
# Seeds come from the repository (sample project, test fixtures); new inputs
# go to .build-fuzz/corpus/<target>/, crashers to Fuzz/crashers/<target>/.
# Any crasher found is replayed by `make test` (FuzzCrasherReplayTests) once
# it is copied to Tests/WaymarkKitTests/Fixtures/fuzz-crashers/<target>/.
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   targets to run (default: all)
#   FUZZ_LOG       file that gets one line per target with its execution count
#   FUZZ_NO_BUILD  set to 1 to reuse the existing build
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-markdown po yaml xliff placeholder}"
SWIFT="${SWIFT:-swift}"
BIN="${FUZZ_BIN:-.build-fuzz/debug/waymark-fuzz}"
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  "$SWIFT" build --scratch-path .build-fuzz --product waymark-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DWAYMARK_LIBFUZZER
fi
seed() {  # target -> seed files
  case "$1" in
    markdown|placeholder) find Source-Content Tests/WaymarkKitTests/Fixtures -name '*.md' ;;
    po) find Locales Tests/WaymarkKitTests/Fixtures -name '*.po' -size -200k ;;
    xliff) find Tests/WaymarkKitTests/Fixtures .build-fuzz/seeds 2>/dev/null \( -name '*.xlf' -o -name '*.xliff' \) -size -200k ;;
    yaml) find waymark.yaml Source-Content Tests/WaymarkKitTests/Fixtures \( -name '*.yaml' -o -name '*.yml' \) -size -100k ;;
  esac
}
# XLIFF seeds: the sample project exported by Waymark itself, both versions.
mkdir -p .build-fuzz/seeds
for waymark in .build/debug/waymark .build/release/waymark; do
  [ -x "$waymark" ] || continue
  "$waymark" export --project . --locale es -o .build-fuzz/seeds/es.xlf >/dev/null 2>&1 || true
  "$waymark" export --project . --locale fi --format xliff12 -o .build-fuzz/seeds/fi.xlf >/dev/null 2>&1 || true
  break
done
status=0
for target in $TARGETS; do
  corpus=.build-fuzz/corpus/$target crashers=Fuzz/crashers/$target
  mkdir -p "$corpus" "$crashers"
  n=0
  for file in $(seed "$target"); do
    n=$((n + 1))
    if [ "$target" = yaml ]; then { printf "\\x$(printf %x $((n % 5)))"; cat "$file"; } > "$corpus/seed-$n"; else cp "$file" "$corpus/seed-$n"; fi
  done
  log=.build-fuzz/fuzz-$target.log
  echo "fuzzing $target for ${SECONDS_PER_TARGET}s ($(ls "$corpus" | wc -l) inputs in corpus)"
  if WAYMARK_FUZZ_TARGET=$target "$BIN" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -rss_limit_mb=3072 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashers/" > "$log" 2>&1; then result=ok; else result=CRASH; status=1; fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  line="$(date -u +%FT%TZ) target=$target seconds=$SECONDS_PER_TARGET executions=$runs result=$result"
  echo "$line"
  [ -n "${FUZZ_LOG:-}" ] && echo "$line" >> "$FUZZ_LOG"
  [ "$result" = ok ] || tail -40 "$log"
done
exit $status
