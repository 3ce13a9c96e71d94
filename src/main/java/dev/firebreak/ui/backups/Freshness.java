package dev.firebreak.ui.backups;

/** Red, amber, green: no recent backup, a recent one never test-restored, a recent verified one. */
public enum Freshness { UNKNOWN, MISSING_OR_OLD, NEVER_RESTORED, FRESH_AND_VERIFIED }
