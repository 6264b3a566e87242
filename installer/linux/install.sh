#!/bin/sh
# Installe Entraide pour l'utilisateur courant, dans ~/.local, sans droits d'administrateur.
#   ./install.sh              installer, ou mettre à jour (les données sont gardées)
#   ./install.sh --uninstall  désinstaller ; les données (~/.local/share/Entraide) restent
set -eu

APP_ID=fr.entraide.Entraide
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
lib_dir=$HOME/.local/lib/entraide
icons=$data_home/icons/hicolor

refresh() {
  # Menus and icon themes notice the change sooner; both tools are optional.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

install_app() {
  if [ ! -x "$here/entraide/entraide" ]; then
    echo "install.sh : le dossier entraide/ manque à côté de ce script (décompressez toute l'archive)." >&2
    exit 1
  fi
  mkdir -p "$bin_dir" "$(dirname "$lib_dir")" "$data_home"
  # Copied aside first, then swapped: an interrupted update leaves the previous version working.
  rm -rf "$lib_dir.new"
  cp -a "$here/entraide" "$lib_dir.new"
  rm -rf "$lib_dir"
  mv "$lib_dir.new" "$lib_dir"
  ln -sf "$lib_dir/entraide" "$bin_dir/entraide"
  # share/ holds the menu entry, the AppStream metadata and the icons, laid out as the desktop expects.
  cp -R "$here/share/." "$data_home/"
  desktop=$data_home/applications/$APP_ID.desktop
  case $bin_dir in
    *[!A-Za-z0-9/._-]*) ;;  # an unusual path stays out of Exec= (the menu then relies on PATH)
    *) sed -i "s|^Exec=entraide\$|Exec=$bin_dir/entraide|" "$desktop" ;;
  esac
  refresh
  echo "Entraide est installé : cherchez « Entraide » dans le menu des applications."
  case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "Pour la ligne de commande (entraide --help), ajoutez $bin_dir à votre PATH." ;;
  esac
}

uninstall_app() {
  rm -rf "$lib_dir"
  if [ -L "$bin_dir/entraide" ]; then
    rm -f "$bin_dir/entraide"
  fi
  rm -f "$data_home/applications/$APP_ID.desktop" "$data_home/metainfo/$APP_ID.metainfo.xml"
  rm -f "$icons"/*/apps/$APP_ID.png "$icons/scalable/apps/$APP_ID.svg"
  refresh
  echo "Entraide est désinstallé. Vos données restent dans ${ENTRAIDE_DATA_DIR:-$data_home/Entraide} :"
  echo "supprimez ce dossier vous-même si vous n'en avez plus besoin."
}

case "${1:-}" in
  "") install_app ;;
  --uninstall) uninstall_app ;;
  *) echo "usage : ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
