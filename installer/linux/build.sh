#!/usr/bin/env bash
# Builds the Linux app image, .deb and (where rpmbuild is) .rpm: a jlink-trimmed runtime holding the JDK's and JavaFX's modules, class-data
# sharing archives made by starting the app once, jpackage for the app image (with our launcher script in place of
# its native launcher), and dpkg-deb for the package.
# Called by `mvn -Pinstaller package` after the jar and its dependencies are in target/installer/input. Needs a
# display for the CDS starts (Xvfb is used when there is none), and for the installed location's archive a mount
# namespace (root, or unprivileged user namespaces).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$1 main_jar=$2 jvm_option=${3:-} heap_option=${4:-} gc_option=${5:-} compiler_option=${6:-}
out="$root/target/installer"
name=ai-risk-workbench
install_dir=/opt/$name
# The Debian revision: 1 was jpackage's package, whose maintainer scripts needed a desktop menu system; 3 has our
# own launcher script in place of jpackage's (ADR 0051), so that apt replaces a 2 already installed.
revision=3
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.unsupported.desktop,jdk.jfr,jdk.net,java.instrument,java.compiler
fx_modules=javafx.base,javafx.graphics,javafx.controls
rm -rf "$out/runtime" "$out/image" "$out/deb" "$out/deb-root" "$out/app-input" "$out/cds-data"
mkdir -p "$out/image" "$out/deb" "$out/app-input"

# JavaFX goes into the runtime as modules (on the class path it warns "Unsupported JavaFX configuration" at every
# start). Its Maven jars carry the native libraries as resources, which JavaFX would unpack into ~/.openjfx at
# first start: they are left out of the module image and put in the runtime's lib/, where JavaFX loads them from.
fx_jars=$(ls "$out/input"/javafx-*-linux.jar | paste -sd:)
# --compress=1 (shared strings, no zip): the .deb's xz then packs the module image to under half of what it can do
# with the zipped one (10.5 vs 22.4 MB), for 11 MB more on disk. The JDK's native libraries keep their symbol
# tables; stripping them takes 4 MB off libjvm.so alone.
jlink --module-path "$fx_jars" --add-modules "$modules,$fx_modules" \
  --exclude-resources='/javafx.graphics/*.so,/javafx.graphics/javafx-swt.jar' \
  --strip-debug --no-header-files --no-man-pages --compress=1 --output "$out/runtime"
fx_graphics=$(ls "$out/input"/javafx-graphics-*-linux.jar)
(cd "$out/runtime/lib" && jar xf "$fx_graphics" $(jar tf "$fx_graphics" | grep '^[^/]*\.so$'))
find "$out/runtime" \( -name '*.so' -o -path '*/bin/*' -o -name jexec -o -name jspawnhelper \) -type f \
  -exec chmod u+w {} + -exec strip --strip-unneeded {} +
# The base CDS archive of the trimmed runtime; the app's own archive (below) builds on it.
"$out/runtime/bin/java" -Xshare:dump >/dev/null
# The class path: everything but JavaFX, which is in the runtime now.
find "$out/input" -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp -p {} "$out/app-input/" \;

jpackage --type app-image --name "$name" --app-version "$version" \
  --input "$out/app-input" --main-jar "$main_jar" --main-class org.airisk.workbench.app.Launcher \
  --runtime-image "$out/runtime" --dest "$out/image" \
  --icon "$root/installer/icons/ai-risk-workbench.png" \
  --description "Offline AI risk assessments" --vendor "AI Risk Workbench developers" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/workbench.jsa' --java-options '-Xshare:auto' \
  ${jvm_option:+--java-options "$jvm_option"} ${compiler_option:+--java-options "$compiler_option"} \
  ${heap_option:+--java-options "$heap_option"} ${gc_option:+--java-options "$gc_option"}
rm -rf "$out/app-input"
image="$out/image/$name"
# Our own launcher in place of jpackage's, which asks rpm and dpkg which package owns it at every start (ADR 0051);
# it reads the same lib/app/$name.cfg.
rm "$image/lib/libapplauncher.so"
install -m 755 "$root/installer/linux/launcher.sh" "$image/bin/$name"
ln -s java "$image/lib/runtime/bin/$name" # the process's name: the script starts Java through this link

# Class-data sharing: start the app once (against a throwaway data folder) and archive the classes it loaded.
# The JDK (17) uses an archive only with the very class path it was made with, as absolute paths in the
# launcher's order, and only with the jars' sizes and times unchanged: so one archive for the app image where it
# was built (what .ci/bench and check.sh start), and one made for the installed location (below).
display_pid=""
if [[ -z ${DISPLAY:-} ]] && command -v Xvfb >/dev/null; then
  display=:$((140 + RANDOM % 40))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & display_pid=$!
  export DISPLAY=$display
  sleep 1
fi
trap '[[ -n $display_pid ]] && kill "$display_pid" 2>/dev/null; true' EXIT
# archive_classes APP_DIR: APP_DIR is where the image is seen from (its lib/app holds the cfg and the archive).
archive_classes() {
  local app=$1/lib/app
  local cp
  cp=$(grep '^app.classpath=' "$app/$name.cfg" | sed "s|^app.classpath=\\\$APPDIR|$app|" | paste -sd:)
  rm -rf "$out/cds-data"
  "$1/lib/runtime/bin/java" $jvm_option $compiler_option $heap_option $gc_option -XX:ArchiveClassesAtExit="$app/workbench.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$cp" org.airisk.workbench.app.Launcher --data-dir "$out/cds-data" --exit-after-start >/dev/null
}
archive_classes "$image" || echo "installer: CDS archive for the app image not made (no display?); it starts without it"

# The .deb's tree: the app image under /opt, the desktop entry, MIME type and icon where the desktop looks for
# them. Desktop menu, MIME database and icon cache are refreshed by those packages' dpkg triggers where they are
# installed, so the package needs no maintainer script for them (and installs where there is no desktop at all).
deb_root="$out/deb-root"
mkdir -p "$deb_root/opt" "$deb_root/DEBIAN" "$deb_root/usr/bin" "$deb_root/usr/share/applications" \
  "$deb_root/usr/share/mime/packages" "$deb_root/usr/share/icons/hicolor/512x512/apps" \
  "$deb_root/usr/share/doc/$name" "$deb_root/usr/share/man/man1" "$deb_root/usr/share/lintian/overrides"
cp -a "$image" "$deb_root$install_dir"
rm -f "$deb_root$install_dir/lib/app/workbench.jsa" "$deb_root$install_dir/lib/$name.png"
ln -s "$install_dir/bin/$name" "$deb_root/usr/bin/$name"
install -m 644 "$root/installer/linux/deb/$name.desktop" "$deb_root/usr/share/applications/$name.desktop"
install -m 644 "$root/installer/linux/deb/$name.xml" "$deb_root/usr/share/mime/packages/$name.xml"
install -m 644 "$root/installer/icons/$name.png" "$deb_root/usr/share/icons/hicolor/512x512/apps/$name.png"
# Smaller sizes too, so menus and docks need not scale 512 pixels down themselves (blurred, and slower).
java -Djava.awt.headless=true "$root/installer/linux/IconSizes.java" "$root/installer/icons/$name.png" "$deb_root/usr/share/icons/hicolor" \
  "$name" 48 64 128 256
chmod 644 "$deb_root"/usr/share/icons/hicolor/*/apps/"$name.png"
{ cat "$root/installer/LICENSE.txt"
  printf '\nOn Debian systems, the GNU General Public License version 2 is in /usr/share/common-licenses/GPL-2.\n'
} >"$deb_root/usr/share/doc/$name/copyright"
install -m 644 "$root/installer/linux/deb/lintian-overrides" "$deb_root/usr/share/lintian/overrides/$name"
gzip -9n <"$root/installer/linux/deb/$name.1" >"$deb_root/usr/share/man/man1/$name.1.gz"
epoch=${SOURCE_DATE_EPOCH:-$(date +%s)}
cat >"$out/changelog" <<EOF
$name ($version-$revision) unstable; urgency=medium

  * Release $version, packaged with its own Java runtime.

 -- AI Risk Workbench developers <developers@ai-risk-workbench.invalid>  $(date -u -R -d "@$epoch")
EOF
gzip -9n <"$out/changelog" >"$deb_root/usr/share/doc/$name/changelog.Debian.gz" && rm "$out/changelog"
install -m 755 "$root/installer/linux/deb/prerm" "$deb_root/DEBIAN/prerm"
chmod -R u+rwX,go+rX,go-w "$deb_root"
# One time for every file (also what dpkg-deb would clamp them to under SOURCE_DATE_EPOCH): the archive below
# records the jars' times, and dpkg installs them as they are in the package.
find "$deb_root" -exec touch -h -d "@$epoch" {} +

# The installed location's archive: the app is started from $install_dir, seen through a private mount
# namespace (a bind mount over an empty /opt), so that the archive holds exactly the installed class path.
if [[ $EUID == 0 ]]; then ns=(unshare --mount --propagation private); else ns=(unshare --map-root-user --mount --propagation private); fi
export -f archive_classes; export name out jvm_option compiler_option heap_option gc_option
if "${ns[@]}" bash -c "mount -t tmpfs tmpfs /opt && mkdir -p '$install_dir' && mount --bind '$deb_root$install_dir' '$install_dir' && archive_classes '$install_dir'"; then
  chmod 644 "$deb_root$install_dir/lib/app/workbench.jsa"
  touch -d "@$epoch" "$deb_root$install_dir/lib/app/workbench.jsa"
else
  # Without the archive and its option the app starts as before, only slower; never with a warning.
  echo "installer: CDS archive for $install_dir not made (no display or no mount namespace); the package goes without it"
  rm -f "$deb_root$install_dir/lib/app/workbench.jsa"
  sed -i '/SharedArchiveFile\|-Xshare:auto/d' "$deb_root$install_dir/lib/app/$name.cfg"
fi
rm -rf "$out/cds-data"

# Depends: the shared libraries the runtime's native code (JDK and JavaFX, GTK 3 among them) links against, as
# dpkg-shlibdeps finds them.
shlib_dir=$(mktemp -d)
mkdir "$shlib_dir/debian" && printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$shlib_dir/debian/control"
mapfile -t elves < <(find "$deb_root$install_dir" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
shlibs=$(cd "$shlib_dir" && dpkg-shlibdeps -O --ignore-missing-info -l"$deb_root$install_dir/lib/runtime/lib" \
  -l"$deb_root$install_dir/lib/runtime/lib/server" -l"$deb_root$install_dir/lib" "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$shlib_dir"
[[ -n $shlibs ]] || { echo "installer: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
cat >"$deb_root/DEBIAN/control" <<EOF
Package: $name
Version: $version-$revision
Architecture: $(dpkg --print-architecture)
Maintainer: AI Risk Workbench developers <developers@ai-risk-workbench.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$deb_root" | cut -f1)
Depends: $shlibs
Section: misc
Priority: optional
Description: Offline AI risk assessments for foundation-model systems and AI agents
 AI Risk Workbench guides an assessment of a foundation-model system or an AI
 agent through questionnaires, scores a risk register, plans mitigations and
 writes reports, all on the user's own machine. It ships its own trimmed Java
 runtime under /opt/ai-risk-workbench; the data folder
 (~/.local/share/ai-risk-workbench) is never removed by the package.
EOF
(cd "$deb_root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) >"$deb_root/DEBIAN/md5sums"
chmod 644 "$deb_root/DEBIAN/control" "$deb_root/DEBIAN/md5sums"
touch -d "@$epoch" "$deb_root/DEBIAN" "$deb_root/DEBIAN"/*
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$deb_root" "$out/deb/${name}_$version-${revision}_$(dpkg --print-architecture).deb" >/dev/null
# The .rpm holds the same tree, where rpmbuild is there (.ci/run installs it).
rm -rf "$out/rpm"
if command -v rpmbuild >/dev/null; then
  SOURCE_DATE_EPOCH=$epoch bash "$root/installer/linux/rpm.sh" "$deb_root" "$out/rpm" "$version" "$name"
else
  echo "installer: no rpmbuild here; the .rpm is not made (install Debian's 'rpm' package for it)"
fi
rm -rf "$deb_root"

du -sh "$image" | awk '{print "installer: app image " $1}'
ls -l "$out/deb"/*.deb | awk '{printf "installer: deb %.1f MB\n", $5/1048576}'
if [[ -d $out/rpm ]]; then ls -l "$out/rpm"/*.rpm | awk '{printf "installer: rpm %.1f MB\n", $5/1048576}'; fi
