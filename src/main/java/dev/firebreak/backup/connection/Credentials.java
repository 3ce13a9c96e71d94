package dev.firebreak.backup.connection;

import dev.firebreak.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where passwords come from, following libpq: {@code PGPASSWORD}, {@code PGPASSFILE} or {@code ~/.pgpass},
 * or one asked at run time. A child process gets a password only through its environment — never its argument
 * list, and never a file that a killed run would leave behind.
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
     * The environment for a pg tool: ours, plus — when the password was typed — {@code PGPASSWORD}. Only the child's
     * environment holds it: no file to outlive a killed Firebreak, and on Linux {@code /proc/<pid>/environ} is
     * readable only by the same user (and root), who could read a 0600 file as well. Never in the argument list,
     * which every user sees in {@code ps}.
     */
    public Map<String, String> childEnvironment(ConnectionProfile profile) {
        Map<String, String> child = new HashMap<>(environment);
        if (askedPassword != null && !child.containsKey("PGPASSWORD")
                && PgPassFile.lookup(passFile(), profile).isEmpty()) {
            child.put("PGPASSWORD", new String(askedPassword));
        }
        return child;
    }

    /**
     * Saves {@code password} for {@code profile} in the libpq password file (PGPASSFILE, else ~/.pgpass) — only when
     * the user asked for it. Written atomically and owner-only (0600), as libpq requires; the line goes first, since
     * libpq takes the first that matches, and replaces an older one for the same host, port, database and user.
     */
    public Path savePassword(ConnectionProfile profile, char[] password) throws IOException {
        Path file = passFile();
        String key = Stream.of(profile.host(), String.valueOf(profile.port()), profile.database(), profile.user())
                .map(field -> field.replace("\\", "\\\\").replace(":", "\\:")).collect(Collectors.joining(":")) + ":";
        List<String> lines = new ArrayList<>();
        lines.add(key + new String(password).replace("\\", "\\\\").replace(":", "\\:"));
        if (Files.isRegularFile(file)) {
            Files.readAllLines(file).stream().filter(line -> !line.startsWith(key)).forEach(lines::add);
        }
        AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }

    Path passFile() {
        String explicit = environment.get("PGPASSFILE");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".pgpass");
    }
}
