#!/bin/sh
# Adds Turnaround to the desktop's application menu for this user: the .desktop entry (pointing
# at the given program), the icons in every size, the AppStream metainfo and the file types it
# opens (.lessons.zip, .turnaround: a double-click opens the import preview).
#   sh packaging/linux/install-desktop-entry.sh [PROGRAM]
# PROGRAM defaults to the packaged build, else the source checkout's .venv/bin/turnaround.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=app.turnaround.Turnaround
program=${1:-}
if [ -z "$program" ]; then
  for candidate in "$root/build/dist/turnaround/turnaround" "$root/.venv/bin/turnaround"; do
    [ -x "$candidate" ] && program=$candidate && break
  done
fi
[ -n "$program" ] && [ -x "$program" ] || { echo "no turnaround program found; build it first" >&2; exit 1; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages"
sed "s|^Exec=.*|Exec=$program %f|" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
for icon in "$root"/resources/icons/hicolor/*/apps/turnaround.png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
echo "Turnaround is in the application menu (runs $program)"
