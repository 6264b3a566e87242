#!/usr/bin/env bash
# Programs the tests use besides Python packages, from Debian's packages: the PostgreSQL
# server (the hub tests start their own), pdftoppm (PDFs rendered back to images) and
# zbarimg (the labels' QR codes decoded back).
set -euo pipefail
missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
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
