#!/bin/sh
# Runs a test with a real Secret Service: a private D-Bus session bus (dbus-run-session) and a
# GNOME Keyring daemon on it whose login keyring is created and unlocked under the test's own
# HOME. Everything ends with the command: the bus goes, and the daemon with it.
#   with-secret-service.sh COMMAND [ARG...]
set -eu
command -v dbus-run-session >/dev/null || { echo "dbus-run-session is missing (package dbus-daemon)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon is missing (package gnome-keyring)" >&2; exit 1; }
exec dbus-run-session -- sh -c '
    printf "%s" "floor-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-secret-service "$@"
