package dev.firebreak.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.database.Database;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.protect.Lsn;
import dev.firebreak.protect.ProtectionService;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** {@code protect run} of a protected profile on a thread of the test's JVM, streaming until closed. */
public final class WalStreaming implements AutoCloseable {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread receiver;
    private final ProtectionService service;
    private final String profile;

    private WalStreaming(ProtectionService service, Database database) {
        this.service = service;
        this.profile = database.profile().name();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void update(String message, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }
        };
        receiver = new Thread(() -> {
            try {
                service.run(database, monitor, line -> { });
            } catch (CancelledException e) {
                // closed
            }
        }, "protect-run");
    }

    /** Starts streaming and returns once pg_receivewal reads the slot. */
    public static WalStreaming start(ProtectionService service, Database database) throws InterruptedException {
        WalStreaming streaming = new WalStreaming(service, database);
        streaming.receiver.start();
        awaitTrue(() -> TestPostgres.count("postgres", "SELECT count(*) FROM pg_replication_slots WHERE active AND "
                + "slot_name = 'firebreak_" + streaming.profile + "'") == 1);
        return streaming;
    }

    /** Until the WAL up to {@code lsn} is on our disk (pg_receivewal runs with --synchronous). */
    public void awaitReceived(Lsn lsn) throws InterruptedException {
        awaitTrue(() -> service.store().received(profile).map(position -> position.lsn().isAtLeast(lsn)).orElse(false));
    }

    public static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting after 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        receiver.join(30_000);
    }
}
