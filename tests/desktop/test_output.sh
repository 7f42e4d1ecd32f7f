# Sourced by the desktop tests, after `build=` (and `source=`): the test's own output folder,
# emptied; a fresh reading state there, so that no earlier run (or the user's own reading) is
# resumed; fail(), which prints the run's .txt logs; and the path of wait_for_event.sh.
#   source "$(dirname "$0")/test_output.sh" NAME
out="$build/test-output/$1"
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"
fail() {
  echo "FAIL: $*"
  for f in "$out"/*.txt; do
    [ -f "$f" ] || continue
    echo "--- $f"
    cut -c1-400 "$f"
  done
  exit 1
}
# Run under xvfb-run as '$wait_for_event' FILE [EVENT]: waits for the app's `ready` (or EVENT).
wait_for_event="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/wait_for_event.sh"
