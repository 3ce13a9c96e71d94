package dev.firebreak.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Recomputes the hash chain in append order, as the entries are read: a whole journal is verified without holding it
 * in memory, and an export verifies the rows it renders in the same read. The links are followed on the reading
 * thread; recomputing each entry's hash, most of the work, runs in batches on the common pool, so reading and
 * hashing a large journal each have a core. A batch the pool has not started when the reader needs its result is
 * hashed by the reader itself: once the rows are read, both cores hash what is left instead of one waiting.
 */
final class ChainCheck implements Consumer<Entry> {
    private static final int BATCH = 2048;
    private static final int BATCHES_IN_FLIGHT = 4; // bounds what a reader faster than the hashing holds in memory
    private static final String CHANGED = "its content no longer matches its hash (it was changed after it was written)";
    private static final String RELINKED = "its link to the entry before it does not match (an entry before it was changed, inserted or deleted)";

    private final Deque<FutureTask<Optional<Broken>>> hashing = new ArrayDeque<>();
    private List<Entry> batch = new ArrayList<>(BATCH);
    private String previous = CanonicalForm.GENESIS;
    private int entries;
    private Broken firstBrokenLink;
    private Broken firstChangedContent;

    @Override
    public void accept(Entry entry) {
        entries++;
        if (firstBrokenLink != null || firstChangedContent != null) {
            return; // the first broken entry is known: nothing after it can come first
        }
        if (!entry.previousHash().equals(previous)) {
            firstBrokenLink = new Broken(entry.id(), RELINKED);
            return;
        }
        previous = entry.hash();
        batch.add(entry);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    ChainVerification result() {
        submit();
        while (!hashing.isEmpty()) {
            takeOldest();
        }
        // every entry hashed was read before the first broken link, if any: a changed one comes first
        Broken first = firstChangedContent != null ? firstChangedContent : firstBrokenLink;
        return first == null
                ? new ChainVerification(entries, previous, Optional.empty(), "")
                : new ChainVerification(entries, "", Optional.of(first.id()), first.problem());
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<Entry> full = batch;
        // on the pool itself: CompletableFuture, handed a common pool of one worker (two cores), starts a thread per batch
        FutureTask<Optional<Broken>> task = new FutureTask<>(() -> firstChanged(full));
        ForkJoinPool.commonPool().execute(task);
        hashing.add(task);
        batch = new ArrayList<>(BATCH);
        while (hashing.size() > BATCHES_IN_FLIGHT) {
            takeOldest();
        }
    }

    /** Batches finish in order of reading, so the first changed entry found is the journal's first. */
    private void takeOldest() {
        FutureTask<Optional<Broken>> oldest = hashing.removeFirst();
        oldest.run(); // hashes it here unless the pool already has: a FutureTask runs once
        Optional<Broken> changed;
        try {
            changed = oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while verifying the journal's chain", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Hashing the journal's entries failed", e.getCause());
        }
        if (firstChangedContent == null && changed.isPresent()) {
            firstChangedContent = changed.get();
        }
    }

    private static Optional<Broken> firstChanged(List<Entry> batch) {
        return batch.stream().filter(entry -> !CanonicalForm.hash(entry).equals(entry.hash())).findFirst()
                .map(entry -> new Broken(entry.id(), CHANGED));
    }

    /** The first entry found broken, and why. */
    private record Broken(long id, String problem) {
    }
}
