package dev.firebreak.backup;

import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A backup engine over a temp store with this machine's pg tools, recording every event it publishes. */
public record Engines(BackupEngine engine, LocalBackupStore store, List<DomainEvent> events) {
    public static Engines in(Path dir) {
        return in(dir, PgTools.onThisMachine(System.getenv()));
    }

    /** An engine whose backups, drills and prunes happen at {@code clock}'s time. */
    public static Engines in(Path dir, Clock clock) {
        return in(dir, PgTools.onThisMachine(System.getenv()), clock);
    }

    public static Engines in(Path dir, PgTools tools) {
        return in(dir, tools, Clock.systemUTC());
    }

    private static Engines in(Path dir, PgTools tools, Clock clock) {
        EventBus bus = new EventBus();
        List<DomainEvent> events = new CopyOnWriteArrayList<>();
        bus.subscribe(DomainEvent.class, events::add);
        LocalBackupStore store = new LocalBackupStore(dir.resolve("backups"));
        return new Engines(new BackupEngine(store, tools, bus, dir.resolve("private"), clock), store, events);
    }
}
