#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it with dpkg -x into a temporary root and runs the
# packaged floorctl from there. Arguments: the build folder.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"

dpkg-deb -f "$deb" Depends | tee "$work/depends"
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6; do
    grep -q "$dep" "$work/depends" || { echo "missing dependency: $dep"; exit 1; }
done

dpkg -x "$deb" "$work/root"
for f in usr/bin/floorctl usr/bin/warehouse-floor usr/share/applications/warehouse-floor.desktop \
         usr/share/icons/hicolor/scalable/apps/warehouse-floor.svg \
         usr/lib/udev/rules.d/60-warehouse-floor-scanners.rules; do
    [ -e "$work/root/$f" ] || { echo "not in the package: $f"; exit 1; }
done

version=$("$work/root/usr/bin/floorctl" --version)
echo "$version"
[ "$version" = "floorctl $(dpkg-deb -f "$deb" Version)" ] || { echo "unexpected version: $version"; exit 1; }
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/warehouse-floor" --version | grep -q '^warehouse-floor '
echo "package ok"
