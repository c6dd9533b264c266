#!/usr/bin/env bash
# Runs inside dbus-run-session: unlocks gnome-keyring, then runs the tests.
set -euo pipefail

# A keyring folder of its own, so entries left on this machine by earlier
# runs are never read.
export XDG_DATA_HOME
XDG_DATA_HOME="$(mktemp -d)"
eval "$(printf 'ci-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
echo "ci: gnome-keyring unlocked on ${DBUS_SESSION_BUS_ADDRESS}"

# The README's test command, under a virtual display for the Electron tests.
exec xvfb-run --auto-servernum npm test
