#!/usr/bin/env bash
# Programs the tests use besides Python packages, from Debian's packages: the PostgreSQL
# server (the hub tests start their own), pdftoppm (PDFs rendered back to images),
# zbarimg (the labels' QR codes decoded back), desktop-file-validate and appstreamcli (the
# Linux desktop files of the installer), Chromium and its WebDriver (the hub's web console
# driven through a real browser), and the X11/Wayland libraries that Qt's platform plugins
# need, so that the bundle the installer tests build carries them to any desktop.
set -euo pipefail
missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
# The hub's example units and nginx site (installer/hub) are checked by systemd-analyze and nginx -t.
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
# The hub's console is tested in a real browser (Selenium), with Debian's matching driver.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
libraries=$( (ldconfig -p || /sbin/ldconfig -p) 2>/dev/null || true)
for pair in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libwayland-cursor.so.0:libwayland-cursor0; do
  grep -q "${pair%%:*}" <<<"$libraries" || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installation des outils des tests (paquets Debian) : ${missing[*]}…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "Les tests ont besoin de ces paquets : ${missing[*]} (sudo apt-get install ${missing[*]})," \
     "puis relancez make test." >&2
exit 1
