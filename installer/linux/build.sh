#!/usr/bin/env bash
# Builds the Linux app image and .deb: a jlink-trimmed runtime, a class-data-sharing archive made by starting
# the app once, then jpackage. Called by `mvn -Pinstaller package` after the jar and its dependencies are in
# target/installer/input. Needs a display for the CDS start (Xvfb is used when there is none).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$1 main_jar=$2 jvm_option=${3:-}
out="$root/target/installer"
name=ai-risk-workbench
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.unsupported.desktop,jdk.jfr,jdk.net,java.instrument,java.compiler
rm -rf "$out/runtime" "$out/image" "$out/deb" "$out/cds-data"
mkdir -p "$out/image" "$out/deb"

# --compress=1 (shared strings, no zip): the .deb's xz then packs the module image to under half of what it can do
# with the zipped one (10.5 vs 22.4 MB), for 11 MB more on disk. The JDK's native libraries keep their symbol
# tables; stripping them takes 4 MB off libjvm.so alone.
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=1 --output "$out/runtime"
find "$out/runtime" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
# The base CDS archive of the trimmed runtime; the app's own archive (below) builds on it.
"$out/runtime/bin/java" -Xshare:dump >/dev/null

jpackage --type app-image --name "$name" --app-version "$version" \
  --input "$out/input" --main-jar "$main_jar" --main-class org.airisk.workbench.app.Launcher \
  --runtime-image "$out/runtime" --dest "$out/image" \
  --icon "$root/installer/icons/ai-risk-workbench.png" \
  --description "Offline AI risk assessments" --vendor "AI Risk Workbench developers" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/workbench.jsa' --java-options '-Xshare:auto' \
  ${jvm_option:+--java-options "$jvm_option"}

image="$out/image/$name"
# Class-data sharing: start the app once (against a throwaway data folder) and archive the classes it loaded.
display_pid=""
if [[ -z ${DISPLAY:-} ]] && command -v Xvfb >/dev/null; then
  Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & display_pid=$!
  export DISPLAY=:93
  sleep 1
fi
# The archive is only used with the very class path it was made with: the launcher's, in the launcher's order.
cp_launcher=$(grep '^app.classpath=' "$image/lib/app/$name.cfg" | sed "s|^app.classpath=\\\$APPDIR|$image/lib/app|" | paste -sd:)
"$image/lib/runtime/bin/java" $jvm_option -XX:ArchiveClassesAtExit="$image/lib/app/workbench.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$cp_launcher" org.airisk.workbench.app.Launcher --data-dir "$out/cds-data" --exit-after-start \
  || echo "installer: CDS archive not made (no display?); the app starts without it"
[[ -n $display_pid ]] && kill "$display_pid" 2>/dev/null || true
cp "$root/installer/icons/ai-risk-workbench.png" "$image/lib/ai-risk-workbench.png"
rm -rf "$out/cds-data"

jpackage --type deb --app-image "$image" --name "$name" --app-version "$version" --dest "$out/deb" \
  --description "Offline AI risk assessments for foundation-model systems and AI agents" \
  --vendor "AI Risk Workbench developers" --license-file "$root/installer/LICENSE.txt" \
  --linux-shortcut --linux-menu-group Office --linux-app-category misc \
  --linux-package-name "$name" --linux-deb-maintainer "developers@ai-risk-workbench.invalid" \
  --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
  --file-associations "$root/installer/airisk-package.properties" \
  --icon "$root/installer/icons/ai-risk-workbench.png"

du -sh "$image" | awk '{print "installer: app image " $1}'
ls -l "$out/deb"/*.deb | awk '{printf "installer: deb %.1f MB\n", $5/1048576}'
