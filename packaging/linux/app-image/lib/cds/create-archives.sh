#!/bin/sh
# Turns the class lists recorded by the build's training runs into class-data-sharing archives for this
# installation (run by the package's postinst / %post, as root, a few seconds). They cannot ship ready-made:
# JDK 17 accepts an archive only at the absolute class path it was dumped with.
set -eu
cds=$(cd "$(dirname "$0")" && pwd -P)
app=$(cd "$cds/../.." && pwd -P)
. "$cds/classpath.sh"
java="$app/lib/runtime/bin/java"
dump() { # name, class path; JDK 17 can crash archiving some lambda proxies: retry without them
  rm -f "$cds/$1.jsa"
  "$java" -Xshare:dump -XX:SharedClassListFile="$cds/$1.classlist" -XX:SharedArchiveFile="$cds/$1.jsa" \
    -XX:ErrorFile=/dev/null -cp "$2" >/dev/null 2>&1 && return
  grep -v '^@lambda-proxy' "$cds/$1.classlist" > "$cds/$1.classes"
  "$java" -Xshare:dump -XX:SharedClassListFile="$cds/$1.classes" -XX:SharedArchiveFile="$cds/$1.jsa" \
    -XX:ErrorFile=/dev/null -cp "$2" >/dev/null 2>&1
  status=$?
  rm -f "$cds/$1.classes"
  return $status
}
dump cli "$(classpath "$app" cli)"
dump console "$(classpath "$app" console)"
chmod 644 "$cds"/*.jsa
