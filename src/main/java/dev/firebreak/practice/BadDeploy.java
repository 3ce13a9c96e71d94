package dev.firebreak.practice;

import dev.firebreak.backup.database.Database;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

/**
 * "Deploy anyway": runs the feature branch's committed migration on the practice database in one transaction, as the
 * CI's deploy job did, then opens the incident and publishes {@link DeployApplied}, which the journal feed records in
 * it. From then on the backup and restore events fill the incident by themselves.
 */
public final class BadDeploy {
    public static final String INCIDENT_TITLE = "Practice: customers table dropped by deploy";

    private final Path repository;
    private final Database shop;
    private final EventBus events;
    private final Clock clock;

    BadDeploy(Path repository, Database shop, EventBus events, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.events = events;
        this.clock = clock;
    }

    public DeployApplied call(Journal journal) {
        PracticeRepository.Migration migration = PracticeRepository.committedMigration(repository);
        long before = Practice.customers(shop);
        Instant at = clock.instant();
        try (Connection connection = shop.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(migration.sql());
            connection.commit();
        } catch (SQLException e) {
            throw new UserFacingException("The practice deploy failed and changed nothing: " + e.getMessage(), e);
        }
        Incident incident = journal.openIncident(INCIDENT_TITLE, Severity.SEV1, EntrySource.PRACTICE);
        DeployApplied deployed = new DeployApplied(at, PracticeRepository.FEATURE_BRANCH, migration.commit(), migration.path(),
                shop.profile().database(), before, incident.id());
        events.publish(deployed);
        return deployed;
    }
}
