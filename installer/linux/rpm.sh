#!/usr/bin/env bash
# Builds the .rpm from the tree build.sh staged for the .deb (the same files in the same places), for Fedora,
# RHEL, openSUSE and the like. Called by build.sh when rpmbuild is there (Debian's `rpm` package has it).
# Usage: rpm.sh STAGED_TREE OUT_DIR VERSION NAME
set -euo pipefail
tree=$1 out=$2 version=$3 name=$4
top=$(mktemp -d)
trap 'rm -rf "$top"' EXIT
mkdir -p "$top/SPECS" "$out"
# RPM versions may not hold '-': 0.1.0-SNAPSHOT becomes 0.1.0~SNAPSHOT, which sorts before 0.1.0 as it should.
rpm_version=${version//-/\~}
# Release 2 has our own launcher script in place of jpackage's (ADR 0051).
# The libraries the bundled runtime brings itself must not be asked of the system.
own_libs=$(find "$tree/opt/$name" -name '*.so' -printf '%f\n' | sed 's/\.so$//' | sort -u | paste -sd'|')
{
  cat <<SPEC
Name: $name
Version: $rpm_version
Release: 2
Summary: Offline AI risk assessments for foundation-model systems and AI agents
License: LicenseRef-AI-Risk-Workbench (bundled components under their own licences: see the copyright file)
URL: https://ai-risk-workbench.invalid/
%global __requires_exclude ^(${own_libs})\\.so.*\$
%global __provides_exclude_from ^/opt/$name/.*\$
%global _build_id_links none
%global debug_package %{nil}
%global __os_install_post %{nil}

%description
AI Risk Workbench guides an assessment of a foundation-model system or an AI
agent through questionnaires, scores a risk register, plans mitigations and
writes reports, all on the user's own machine. It ships its own trimmed Java
runtime under /opt/$name; the data folder (~/.local/share/$name) is never
removed by the package.

%install
cp -a "$tree"/. %{buildroot}/
rm -rf %{buildroot}/DEBIAN %{buildroot}/usr/share/lintian

%post
update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || :
update-mime-database /usr/share/mime >/dev/null 2>&1 || :
touch --no-create /usr/share/icons/hicolor >/dev/null 2>&1 || :

%postun
update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || :
update-mime-database /usr/share/mime >/dev/null 2>&1 || :

%files
/opt/$name
/usr/bin/$name
/usr/share/applications/$name.desktop
/usr/share/mime/packages/$name.xml
SPEC
  (cd "$tree" && find usr/share/icons -type f -printf '/%p\n')
  echo "%doc /usr/share/doc/$name"
  echo "/usr/share/man/man1/$name.1.gz"
} >"$top/SPECS/$name.spec"
rpmbuild -bb --quiet --define "_topdir $top" --define "_binary_payload w6.xzdio" --define "_rpmdir $out" --define "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm" \
  "$top/SPECS/$name.spec" >/dev/null
ls "$out"/*.rpm >/dev/null
