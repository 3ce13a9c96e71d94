# Sourced by both launchers (the distribution's bin/firebreak and the installed package's): whether Java starts with
# the console's class path or the command line's, which leaves JavaFX out to start faster. Main.opensConsole makes
# the real decision; this only has to say "console" for every argument list Main could open the console for (none,
# one existing *.firebreak file, one existing folder), so that the console never starts without JavaFX. A folder named
# like a command (`firebreak backup` beside a backup/ folder) starts with the console's class path and Main runs the
# command: a little slower, the same result.
launch_mode() {
  if [ $# -eq 0 ] || { [ $# -eq 1 ] && { [ -d "$1" ] || { [ -f "$1" ] && [ "${1%.firebreak}" != "$1" ]; }; }; }; then
    echo console
  else
    echo cli
  fi
}
