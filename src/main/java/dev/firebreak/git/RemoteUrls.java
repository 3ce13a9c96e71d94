package dev.firebreak.git;

import java.util.regex.Pattern;

/** Remote URLs as shown to people and written to the audit log: a password or token in the URL is masked. */
final class RemoteUrls {
    private static final Pattern USER_INFO_SECRET = Pattern.compile("(://[^/@:]*):[^/@]*@");

    private RemoteUrls() {
    }

    static String redact(String url) {
        return url == null ? null : USER_INFO_SECRET.matcher(url).replaceFirst("$1:***@");
    }
}
