package dev.firebreak.schedule;

import dev.firebreak.core.UserFacingException;

/** Linux without systemd user sessions: one line in the user's crontab, merged with the lines already there. */
final class UserCrontab implements SystemScheduler {
    @Override
    public String kind() {
        return "cron";
    }

    @Override
    public String install(Cadence cadence, ScheduledRun run) {
        String line = CronTable.line(cadence, run);
        write(CronTable.merge(read(), run.profile(), line));
        return "Added to your crontab (crontab -l shows it; a run missed while the machine was off is skipped):\n  " + line;
    }

    @Override
    public String remove(String profile) {
        String existing = read();
        if (!CronTable.contains(existing, profile)) {
            return "No Firebreak line for " + profile + " in your crontab";
        }
        write(CronTable.remove(existing, profile));
        return "Removed the Firebreak line for " + profile + " from your crontab; the other lines are unchanged";
    }

    @Override
    public String location(String profile) {
        return "your crontab (crontab -l)";
    }

    @Override
    public boolean installed(String profile) {
        return CronTable.contains(read(), profile);
    }

    /** The current crontab; "no crontab for USER" (exit 1) is an empty one. */
    static String read() {
        SystemCommand.Result listed = SystemCommand.of("crontab", "-l").run();
        if (listed.ok()) {
            return listed.stdout();
        }
        if (listed.complaint().toLowerCase(java.util.Locale.ROOT).contains("no crontab")) {
            return "";
        }
        throw new UserFacingException("Cannot read your crontab: crontab -l (exit " + listed.exit() + "): " + listed.complaint());
    }

    private static void write(String table) {
        SystemCommand.of("crontab", "-").require(table, "Writing your crontab");
    }
}
