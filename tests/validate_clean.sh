#!/usr/bin/env bash
# `frise validate` must print nothing (no error, no warning) for each story given, and exit 0.
set -u
frise=$1
shift
status=0
for story in "$@"; do
  out=$("$frise" validate "$story")
  code=$?
  if [ $code -ne 0 ] || [ -n "$out" ]; then
    echo "FAIL: $story (exit $code)"
    echo "$out"
    status=1
  else
    echo "ok:   $story"
  fi
done
exit $status
