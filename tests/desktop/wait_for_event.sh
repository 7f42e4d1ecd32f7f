#!/usr/bin/env bash
# Waits (up to 15 s) until the app's events in file $1 include event $2 (default: ready); fails
# if they never do. A script rather than a shell function: the tests run it under xvfb-run,
# whose sh drops exported bash functions.
#   wait_for_event.sh EVENTS [EVENT]
for _ in $(seq 150); do
  grep -q "\"event\":\"${2:-ready}\"" "$1" && exit 0
  sleep 0.1
done
exit 1
