#!/bin/sh
# Installs the Debian packages that Python, Qt and the PDF tools need, when they are missing.
# As root it installs them; otherwise it prints the exact command to run.
#   system-deps.sh run    what `make run` needs: a real window, CJK fonts
#   system-deps.sh test   what `make test` needs: offscreen Qt, CJK fonts, pdftoppm
set -eu
mode=${1:-run}
pkgs="python3-venv python3-pip libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
libglib2.0-0 libxkbcommon0 fonts-wqy-microhei"
if [ "$mode" = run ]; then
  pkgs="$pkgs libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
else
  pkgs="$pkgs poppler-utils appstream desktop-file-utils shared-mime-info"
fi
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: nothing to do here
missing=""
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Turnaround needs these Debian packages. Please run:" >&2
  echo "  sudo apt-get install --no-install-recommends$missing" >&2
  exit 1
fi
