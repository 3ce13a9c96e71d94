package dev.firebreak.git;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of the installed pre-push hook: a POSIX sh script that runs a previously installed hook first
 * ({@code pre-push.local}) and then {@code <launcher> hook pre-push REMOTE URL} with git's stdin.
 */
final class HookScript {
    static final String MARKER = "# firebreak pre-push hook";
    static final String CHAINED = "pre-push.local";

    private HookScript() {
    }

    static String render(List<String> launcher) {
        String command = launcher.stream().map(HookScript::quote).collect(Collectors.joining(" "));
        return """
                #!/bin/sh
                %s (installed by 'firebreak hook install', removed by 'firebreak hook uninstall')
                # Shows the pre-push checklist for what git is about to push; exit 1 blocks the push.
                # A hook that was here before is kept as %s and runs first: if it fails, the push stops.
                hook_dir=$(dirname "$0")
                input=$(cat)
                if [ -x "$hook_dir/%s" ]; then
                  printf '%%s\\n' "$input" | "$hook_dir/%s" "$@" || exit $?
                fi
                if ! command -v %s >/dev/null 2>&1; then
                  echo "firebreak: cannot find %s to check this push. Install Firebreak (or put its bin/ on PATH) and run 'firebreak hook install' again. Push blocked." >&2
                  exit 1
                fi
                printf '%%s\\n' "$input" | %s hook pre-push "$@"
                """.formatted(MARKER, CHAINED, CHAINED, CHAINED, quote(launcher.get(0)),
                launcher.get(0).replace("\"", "").replace("$", "").replace("`", ""), command);
    }

    /** Single-quoted for sh: nothing inside is expanded. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
