#!/bin/sh
# Usage: dbus-run-session -- run.sh APP MAP [LANG]
# Opens MAP in APP on a private X server, with the accessibility bus on,
# and prints what an AT-SPI client reads of it (see read_tree.py).
set -eu
app=$1
map=$2
lang=${3:-en_GB.UTF-8}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
# The accessibility bus's socket in a folder of this run's own.
XDG_RUNTIME_DIR=$work
export XDG_RUNTIME_DIR
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
pids="$! $pids"
i=0
while [ ! -s "$work/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
DISPLAY=":$(cat "$work/display")"
export DISPLAY

/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids="$! $pids"
i=0
until dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
    string:IsEnabled variant:boolean:true >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -lt 100 ] || { echo "the accessibility bus did not start" >&2; exit 1; }
    sleep 0.1
done

# Its own settings and recent files, none of the user's.
HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data LANG=$lang \
    "$app" "$map" >"$work/app.log" 2>&1 &
pids="$! $pids"
/usr/bin/python3 "$here/read_tree.py"
