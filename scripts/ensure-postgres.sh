#!/usr/bin/env bash
# The hub tests start their own PostgreSQL server: make sure Debian's server binaries exist.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installation du serveur PostgreSQL (paquets Debian) pour les tests du hub…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  exit 0
fi
echo "Les tests du hub ont besoin du serveur PostgreSQL : installez le paquet 'postgresql'" \
     "(sudo apt-get install postgresql), puis relancez make test." >&2
exit 1
