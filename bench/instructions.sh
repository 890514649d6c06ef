#!/bin/sh
# Counts the instructions (valgrind's Ir) of the in-process parse benchmark for each build
# given: deterministic, unlike time on a shared machine. V8 runs single-threaded so that
# compiling and collecting stay on the counted thread at the same points in every run.
#   sh bench/instructions.sh DIST... [-- parse-profile options]
dists=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do dists="$dists $1"; shift; done
[ "$1" = "--" ] && shift
[ $# -eq 0 ] && set -- --rounds 2 --files 400 --only parse
for dist in $dists; do
  count=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --single-threaded --hash-seed=1 --random-seed=1 "$(dirname "$0")/parse-profile.mjs" --dist "$dist" "$@" 2>&1 | sed -n 's/.*I *refs: *//p')
  echo "$dist $count"
done
