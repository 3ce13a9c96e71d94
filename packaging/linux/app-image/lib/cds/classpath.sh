# The class paths of the console (all jars) and of the command line (no JavaFX), in the order of the native
# launcher's configuration: JDK 17 accepts a class-data-sharing archive only with the exact class path it was
# dumped with. Sourced by bin/firebreak, create-archives.sh and the build's training runs.
classpath() { # app image root (a canonical path), console|cli
  awk -v dir="$1/lib/app" -v only="$2" '
    sub(/^app\.classpath=\$APPDIR\//, "") {
      if (only == "cli" && $0 ~ /^(javafx|atlantafx|ikonli|controlsfx)-/) next
      cp = cp (cp == "" ? "" : ":") dir "/" $0
    }
    END { print cp }' "$1/lib/app/Firebreak.cfg"
}
