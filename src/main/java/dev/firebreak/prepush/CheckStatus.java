package dev.firebreak.prepush;

/** Green, amber, red, grey: the same meaning in the console, the hook and {@code firebreak check}. */
public enum CheckStatus { PASS, WARN, FAIL, SKIP }
