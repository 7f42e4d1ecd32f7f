# Sourced inside an Xvfb session by the editor tests: starts the app on a story at 1280x800,
# logging its events, opens the editor with E and returns once the editor has said where its
# fields are; the app's pid is left in $app.
#   source start_editor.sh FRISE STORY EVENTS_FILE STDERR_FILE
frise=$1 story=$2 events=$3 stderr=$4
wait_for_event="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/wait_for_event.sh"
"$frise" "$story" --size 1280x800 --print-events >"$events" 2>"$stderr" &
app=$!
"$wait_for_event" "$events"
sleep 0.5
xdotool key e
"$wait_for_event" "$events" editor
