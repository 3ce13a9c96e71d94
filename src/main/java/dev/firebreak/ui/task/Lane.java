package dev.firebreak.ui.task;

/**
 * Which queue a job waits in. Long database and S3 jobs run one at a time; quick work (the journal, git reads, short
 * queries) has its own lane, so logging a timeline line during an incident never waits behind a 20-minute restore.
 */
public enum Lane {
    /** Backup, restore, verify, upload, prune and the like: one at a time, shown in the status bar with Cancel. */
    LONG,
    /** Seconds at most: journal writes and reads, git checks, listings. */
    QUICK
}
