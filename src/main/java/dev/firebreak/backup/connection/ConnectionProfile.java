package dev.firebreak.backup.connection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.firebreak.core.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a database lives and who connects to it. Never holds a password: that comes from libpq's
 * conventions ({@link Credentials}) at run time.
 */
public record ConnectionProfile(String name, String host, int port, String database, String user, String sslmode) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

    public ConnectionProfile {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new UserFacingException("Profile name '" + name + "' is not allowed: use letters, digits, '_', '.' or '-' (at most 63).");
        }
        if (database == null || database.isBlank() || user == null || user.isBlank()) {
            throw new UserFacingException("Profile '" + name + "' needs a database and a user.");
        }
        host = host == null || host.isBlank() ? "localhost" : host;
        sslmode = sslmode == null || sslmode.isBlank() ? "prefer" : sslmode;
    }

    /**
     * {@code postgresql://user@host:port/db?sslmode=…}. A password inside the URL is refused: it would end up in
     * shell history and process listings.
     */
    public static ConnectionProfile fromUrl(String url) {
        return fromUrl(null, url);
    }

    public static ConnectionProfile fromUrl(String name, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UserFacingException("Not a database URL: " + e.getMessage() + ". Expected postgresql://user@host:port/db");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new UserFacingException("Not a database URL: '" + uri.getScheme() + ":'. Expected postgresql://user@host:port/db");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new UserFacingException("The database URL contains a password. Remove it and put it in ~/.pgpass "
                    + "(or PGPASSFILE): a password on the command line is visible to every user of this machine.");
        }
        String database = uri.getPath() == null ? "" : decode(uri.getRawPath().replaceFirst("^/", ""));
        String user = userInfo == null ? System.getProperty("user.name") : decode(userInfo);
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String sslmode = queryParameter(uri.getRawQuery(), "sslmode");
        String host = uri.getHost();
        String derived = name != null ? name : (database + "_" + host + "_" + port).replaceAll("[^A-Za-z0-9_.-]", "_");
        return new ConnectionProfile(derived, host, port, database, user, sslmode);
    }

    public ConnectionProfile withDatabase(String otherDatabase) {
        return new ConnectionProfile(name, host, port, otherDatabase, user, sslmode);
    }

    /** The URL without secrets, as a user would type it. */
    @JsonIgnore
    public String url() {
        return "postgresql://" + encode(user) + "@" + host + ":" + port + "/" + encode(database) + "?sslmode=" + sslmode;
    }

    @JsonIgnore
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + encode(database) + "?sslmode=" + sslmode;
    }

    private static String queryParameter(String query, String key) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && parts[0].equals(key)) {
                return decode(parts[1]);
            }
        }
        return null;
    }

    /** A name as one URL path segment: {@code /}, {@code ?}, {@code &}, {@code #}, spaces and non-ASCII percent-encoded. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
