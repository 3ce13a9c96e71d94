package dev.firebreak.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where passwords come from, following libpq: {@code PGPASSWORD}, {@code PGPASSFILE} or {@code ~/.pgpass},
 * or one asked at run time. A child process gets a password only through its environment or a private
 * 0600 pgpass file — never its argument list.
 */
public final class Credentials {
    private final Map<String, String> environment;
    private final char[] askedPassword;

    private Credentials(Map<String, String> environment, char[] askedPassword) {
        this.environment = Map.copyOf(environment);
        this.askedPassword = askedPassword;
    }

    /** libpq conventions of this process's environment. */
    public static Credentials fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** libpq conventions of the given environment (tests point {@code PGPASSFILE} at a file of their own). */
    public static Credentials fromEnvironment(Map<String, String> environment) {
        return new Credentials(environment, null);
    }

    /** The same, plus a password the user typed at run time (used when no libpq source has one). */
    public Credentials withAskedPassword(char[] password) {
        return new Credentials(environment, password.clone());
    }

    public Optional<String> passwordFor(ConnectionProfile profile) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null) {
            return Optional.of(fromEnvironment);
        }
        Optional<String> fromFile = PgPassFile.lookup(passFile(), profile);
        if (fromFile.isPresent()) {
            return fromFile;
        }
        return askedPassword == null ? Optional.empty() : Optional.of(new String(askedPassword));
    }

    /** Where the password came from, for error messages (never the password itself). */
    public String passwordSource(ConnectionProfile profile) {
        if (environment.containsKey("PGPASSWORD")) {
            return "PGPASSWORD";
        }
        if (PgPassFile.lookup(passFile(), profile).isPresent()) {
            return passFile().toString();
        }
        return askedPassword != null ? "the password you typed" : "no password found (~/.pgpass, PGPASSFILE, PGPASSWORD)";
    }

    /**
     * The environment for a pg tool: ours, plus — when the password was typed — {@code PGPASSFILE} pointing at a
     * private 0600 file in {@code privateDir}, which the caller deletes once the child has exited.
     */
    public ChildEnvironment childEnvironment(ConnectionProfile profile, Path privateDir) {
        Map<String, String> child = new HashMap<>(environment);
        if (askedPassword == null || child.containsKey("PGPASSWORD")
                || PgPassFile.lookup(passFile(), profile).isPresent()) {
            return new ChildEnvironment(child, null);
        }
        try {
            Files.createDirectories(privateDir);
            Path file = Files.createTempFile(privateDir, ".pgpass-", "",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String line = String.join(":", "*", "*", "*", escape(profile.user()), escape(new String(askedPassword)));
            Files.writeString(file, line + "\n");
            child.put("PGPASSFILE", file.toString());
            return new ChildEnvironment(child, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path passFile() {
        String explicit = environment.get("PGPASSFILE");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".pgpass");
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }

    /** A child's environment and the private pgpass file to delete after it exits (or null). */
    public record ChildEnvironment(Map<String, String> variables, Path privatePassFile) implements AutoCloseable {
        @Override
        public void close() {
            if (privatePassFile != null) {
                try {
                    Files.deleteIfExists(privatePassFile);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
