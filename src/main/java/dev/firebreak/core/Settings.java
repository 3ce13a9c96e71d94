package dev.firebreak.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console remembers between runs. Mutable bean so that Jackson can add fields over time;
 * unknown fields in an older or newer file are ignored rather than fatal.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Settings {
    public static final int MAX_RECENT = 10;

    public double windowWidth = 1180;
    public double windowHeight = 780;
    public boolean darkTheme;
    /** The practice drill's panel shown as a narrow strip. */
    public boolean drillCollapsed;
    public List<String> recentRepositories = new ArrayList<>();
    /** A team's shared incident journal, e.g. {@code jdbc:postgresql://db.internal/firebreak?user=ana}; unset: local SQLite. */
    public String journalUrl;
    /** Seconds to wait for a server's TCP connection. */
    public int connectTimeoutSeconds = 10;
    /** Seconds to wait for a connected server to answer (login, first queries): a silent server ends the run. */
    public int answerTimeoutSeconds = 30;
    /** Seconds a pg tool may show no life (no output, nothing read or written) before it is stopped. */
    public int toolStallSeconds = 600;

    /**
     * Moves {@code repository} to the front of the recent list, keeping it short and free of duplicates.
     *
     * @return false when it already was the most recent, so there is nothing to save
     */
    public boolean rememberRepository(String repository) {
        if (repository.equals(lastRepository())) {
            return false;
        }
        recentRepositories.remove(repository);
        recentRepositories.add(0, repository);
        while (recentRepositories.size() > MAX_RECENT) {
            recentRepositories.remove(recentRepositories.size() - 1);
        }
        return true;
    }

    public String lastRepository() {
        return recentRepositories.isEmpty() ? null : recentRepositories.get(0);
    }
}
