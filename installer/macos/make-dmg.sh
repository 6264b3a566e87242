#!/bin/sh
# Makes dist/entraide-<version>-macos.dmg from dist/Entraide.app, built by `make installer` on a
# Mac (PyInstaller's BUNDLE step in installer/entraide.spec). Run from the repository's root:
#     installer/macos/make-dmg.sh
# The disk image holds the application and a link to /Applications: the volunteer drags one onto
# the other. See docs/installing.md (signing and notarisation are not done here).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/app/__init__.py")
app="$root/dist/Entraide.app"
dmg="$root/dist/entraide-$version-macos.dmg"

if [ ! -d "$app" ]; then
  echo "make-dmg.sh : $app manque ; lancez d'abord make installer sur ce Mac." >&2
  exit 1
fi
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Entraide $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "Image disque : $dmg"
