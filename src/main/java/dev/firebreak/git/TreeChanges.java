package dev.firebreak.git;

import dev.firebreak.core.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files that differ between two commits, with added/removed line counts. No rename detection and no patch
 * text: counts are all the checklist shows. Counting reads every changed blob, so it is split over two threads.
 */
final class TreeChanges {
    /** Below this many files a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    private final Repository repository;

    TreeChanges(Repository repository) {
        this.repository = repository;
    }

    /** @param base null for "nothing": every file of {@code tip} is added */
    List<OutgoingFile> between(ObjectId base, ObjectId tip) throws IOException {
        List<DiffEntry> entries;
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk treeWalk = new TreeWalk(reader)) {
            if (base == null) {
                treeWalk.addTree(new EmptyTreeIterator());
            } else {
                treeWalk.addTree(new CanonicalTreeParser(null, reader, walk.parseCommit(base).getTree()));
            }
            treeWalk.addTree(new CanonicalTreeParser(null, reader, walk.parseCommit(tip).getTree()));
            treeWalk.setRecursive(true);
            treeWalk.setFilter(TreeFilter.ANY_DIFF);
            entries = DiffEntry.scan(treeWalk);
        }
        Optional<Map<String, GitNumstat.Counts>> counted = GitExecutable.onPath()
                .flatMap(git -> GitNumstat.between(git, Repositories.workTree(repository), base, tip));
        if (counted.isPresent()) {
            return withCounts(entries, counted.get());
        }
        if (entries.size() < PARALLEL_FROM) {
            return count(entries);
        }
        int half = entries.size() / 2;
        CompletableFuture<List<OutgoingFile>> second = CompletableFuture.supplyAsync(
                () -> count(entries.subList(half, entries.size())), DaemonThreads.named("firebreak-count"));
        List<OutgoingFile> files = new ArrayList<>(count(entries.subList(0, half)));
        try {
            files.addAll(second.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return files;
    }

    /** The entries with git's counts; a path git did not list (it should list all) is counted by JGit. */
    private List<OutgoingFile> withCounts(List<DiffEntry> entries, Map<String, GitNumstat.Counts> counts) {
        List<OutgoingFile> files = new ArrayList<>(entries.size());
        for (DiffEntry entry : entries) {
            OutgoingFile file = LineCounter.uncounted(entry);
            GitNumstat.Counts found = counts.get(file.path());
            if (found == null && !file.submodule()) {
                files.addAll(count(List.of(entry)));
            } else {
                files.add(found == null ? file : file.withCounts(found.added(), found.removed(), found.binary()));
            }
        }
        return files;
    }

    /** Counts with a reader of its own: an ObjectReader must not be shared between threads. */
    private List<OutgoingFile> count(List<DiffEntry> entries) {
        try (ObjectReader reader = repository.newObjectReader()) {
            LineCounter counter = new LineCounter(reader);
            List<OutgoingFile> files = new ArrayList<>(entries.size());
            for (DiffEntry entry : entries) {
                files.add(counter.toFile(entry));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
