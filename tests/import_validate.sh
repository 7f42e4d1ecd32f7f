#!/usr/bin/env bash
# `frise import` turns each TimelineJS file given into a Frise story that `frise validate
# --strict` passes with nothing to say (no error, no warning).
set -u
frise=$1
out_dir=$2
shift 2
mkdir -p "$out_dir"
status=0
for timeline in "$@"; do
  story="$out_dir/$(basename "${timeline%.json}").frise.json"
  if ! "$frise" import "$timeline" -o "$story"; then
    echo "FAIL: frise import $timeline"
    status=1
    continue
  fi
  out=$("$frise" validate --strict "$story")
  code=$?
  if [ $code -ne 0 ] || [ -n "$out" ]; then
    echo "FAIL: $story (exit $code)"
    echo "$out"
    status=1
  else
    echo "ok:   $timeline -> $story"
  fi
done
exit $status
