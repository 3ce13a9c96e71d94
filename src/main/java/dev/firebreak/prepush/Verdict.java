package dev.firebreak.prepush;

/** BLOCK when any check fails; only a recorded override lets a blocked push through. */
public enum Verdict { ALLOW, BLOCK }
