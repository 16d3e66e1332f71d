#!/usr/bin/env bash
# Proves that ./mvnw needs only a JDK: runs it with a PATH holding the JDK and basic tools (no mvn) and an empty
# Maven user home, so the wrapper must download Maven 3.9.11 from Maven Central and check its SHA-256 itself.
#   deploy/checks/mvnw-without-maven.sh            # prints "mvnw OK: Apache Maven 3.9.11 ..."
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
java_bin=$(dirname "$(readlink -f "$(command -v java)")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
for tool in sh bash env uname dirname basename cat sed tr mkdir rm mv cp ls head tail find grep awk curl wget unzip \
            tar chmod mktemp printf expr test cut sha256sum readlink date; do
  if p=$(command -v "$tool"); then ln -s "$p" "$work/bin/$tool"; fi
done
path="$java_bin:$work/bin"
if PATH="$path" command -v mvn >/dev/null 2>&1; then
  echo "mvn is still on the test PATH" >&2
  exit 1
fi
version=$(cd "$root" && env -i HOME="$work/home" PATH="$path" JAVA_HOME="$(dirname "$java_bin")" \
  MAVEN_USER_HOME="$work/m2" ./mvnw -B -v </dev/null | head -1)
case "$version" in
  "Apache Maven 3.9.11"*) echo "mvnw OK: $version" ;;
  *) echo "mvnw did not bring Maven 3.9.11: $version" >&2; exit 1 ;;
esac
