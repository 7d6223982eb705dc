#!/bin/sh
# Runs the frozen app from build/dist/turnaround: --version, demo data, a screenshot offscreen
# and an apology letter as PDF, read back. Prints the build size and start-up times.
set -eu
app=${1:-build/dist/turnaround/turnaround}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export TURNAROUND_HOME="$home/data" QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" demo --cases 30
"$app" --lang zh_CN --screenshot "$home/shot.png"
# the official calendar (chinesecalendar) and a year it does not cover yet (holidays, by name)
[ "$("$app" calendar --from "2026-09-30 17:00" --hours 24)" = "2026-10-10 14:00" ]
"$app" calendar --year 2027 --lang zh_CN | grep -q "春节"
test -s "$home/shot.png"
case=$("$app" search 数据 | awk '/^C-/ && !found {print $1; found=1}')
[ -n "$case" ] || case=C-2026-0001
# what the case cannot say yet is given as --fill, as a user would
"$app" letter "$case" --lang zh_CN --out "$home/letter.pdf" --fill issue=数据异常 \
  --fill what_happened=升级导致数据异常 --fill compensation=免费提供一次培训 \
  --fill commitment=向您通报进展 --fill commitment_due=2099-12-31
pdftotext "$home/letter.pdf" - | grep -q "致歉函"
pdffonts "$home/letter.pdf" | grep -q "WenQuanYi"   # the sans title
pdffonts "$home/letter.pdf" | grep -q "UMing"       # the serif body, bundled
echo "smoke test passed: version, demo, screenshot, calendar, letter $case (Chinese text and fonts embedded)"
echo "build size: $(du -sh "$(dirname "$app")" | cut -f1)"
