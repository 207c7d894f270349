#!/usr/bin/env bash
# Checks what `mvn -Pinstaller package` built on Linux: the app image's launcher starts the app on a virtual
# display and exits 0 in time, and the .deb holds the launcher, the desktop entry and the icon.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/target/installer"
launcher="$out/image/ai-risk-workbench/bin/ai-risk-workbench"
deb=$(ls "$out"/deb/*.deb)
fail() { echo "installer check FAILED: $*" >&2; exit 1; }
[[ -x $launcher ]] || fail "no app image launcher at $launcher"

if ! command -v Xvfb >/dev/null; then
  echo "installer check: installing Xvfb from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0 >/dev/null
fi
display=:$((90 + RANDOM % 40))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
started=$(date +%s%N)
if ! output=$(DISPLAY=$display timeout 90 "$launcher" --data-dir "$data" --exit-after-start 2>&1); then
  echo "$output" >&2
  fail "the app image did not start and exit cleanly"
fi
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
grep -q "first frame with the library shown" <<<"$output" || { echo "$output" >&2; fail "no first frame logged"; }
[[ -f $data/workbench.mv.db ]] || fail "the app image created no database"
echo "installer check: app image started and exited 0 in ${elapsed} ms ($(grep -o 'shown [0-9]* ms' <<<"$output"))"

info=$(dpkg-deb --info "$deb")
contents=$(dpkg-deb --contents "$deb")
grep -q "Package: ai-risk-workbench" <<<"$info" || fail ".deb has the wrong package name"
grep -q "./opt/ai-risk-workbench/bin/ai-risk-workbench$" <<<"$contents" || fail ".deb lacks the launcher"
grep -q "\.desktop$" <<<"$contents" || fail ".deb lacks the desktop entry"
grep -q "ai-risk-workbench.png$" <<<"$contents" || fail ".deb lacks the icon"
grep -q "MimeInfo.xml$" <<<"$contents" || fail ".deb lacks the file association for .airisk.json"
image_mb=$(du -sm "$out/image/ai-risk-workbench" | cut -f1)
deb_mb=$(( $(stat -c %s "$deb") / 1048576 ))
echo "installer check: .deb has launcher, desktop entry, icon, file association; app image ${image_mb} MB (< 150), .deb ${deb_mb} MB (< 70)"
(( image_mb < 150 )) || fail "app image is ${image_mb} MB, over 150"
(( deb_mb < 70 )) || fail ".deb is ${deb_mb} MB, over 70"
