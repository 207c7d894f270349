#!/bin/bash
# AI Risk Workbench's launcher on Linux: starts the app on the Java runtime it ships with, with the class path and
# Java options of lib/app/ai-risk-workbench.cfg (the file jpackage writes, which the build edits).
# It replaces jpackage's native launcher, which (JDK 17) asks rpm and then dpkg which package owns it, twice,
# before it starts Java: a third of a second of every start here, more with thousands of packages (ADR 0051).
set -u
self=$(readlink -f -- "$0") || self=$0 # /usr/bin/ai-risk-workbench is a link to this file
home=${self%/bin/*}
app=$home/lib/app
cfg=$app/ai-risk-workbench.cfg
if [[ ! -r $cfg || ! -x $home/lib/runtime/bin/java ]]; then
  echo "ai-risk-workbench: the installation in $home is incomplete (no $cfg or no Java runtime in" \
    "$home/lib/runtime). Install the package again." >&2
  exit 1
fi
class_path="" main="" options=()
while IFS= read -r line || [[ -n $line ]]; do
  line=${line%$'\r'}
  # The replacement quoted: bash 5.2 would otherwise read an "&" in the installation's path as the matched text.
  case $line in
    app.classpath=*) entry=${line#app.classpath=}; class_path=${class_path:+$class_path:}${entry//\$APPDIR/"$app"} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) option=${line#java-options=}; options+=("${option//\$APPDIR/"$app"}") ;;
  esac
done <"$cfg"
# The app's Java options are its own, as under jpackage's launcher: a developer's JDK_JAVA_OPTIONS is not applied.
unset JDK_JAVA_OPTIONS
# Started through lib/runtime/bin/ai-risk-workbench, a link to java, so that the process is named as the program
# (in ps, top and system monitors, and for killall), not "java"; -a does the same for its first argument.
java=$home/lib/runtime/bin/ai-risk-workbench
[[ -x $java ]] || java=$home/lib/runtime/bin/java
exec -a ai-risk-workbench "$java" ${options[@]+"${options[@]}"} -cp "$class_path" "$main" "$@"
