package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.firebreak.git.DiffLine.Kind;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiffTest {
    @TempDir
    Path tmp;

    @Test
    void showsChangesWithThreeLinesOfContextAndCountsWhatIsSkipped() {
        GitRepo repo = GitRepo.withRemote(tmp);
        List<String> original = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).toList();
        repo.commit("a.sql", text(original), "Original");
        String oldBlob = repo.git("rev-parse", "HEAD:a.sql");
        List<String> changed = new java.util.ArrayList<>(original);
        changed.set(9, "DROP TABLE customers;");
        changed.add("line 21");
        repo.commit("a.sql", text(changed), "Changed");
        String newBlob = repo.git("rev-parse", "HEAD:a.sql");

        List<DiffLine> diff;
        try (Repository repository = Repositories.open(repo.dir())) {
            diff = FileDiff.of(repository, oldBlob, newBlob);
        }

        assertThat(diff).extracting(DiffLine::kind, DiffLine::text).containsExactly(
                tuple(Kind.SKIPPED, "… 6 unchanged line(s) …"),
                tuple(Kind.CONTEXT, "line 7"),
                tuple(Kind.CONTEXT, "line 8"),
                tuple(Kind.CONTEXT, "line 9"),
                tuple(Kind.REMOVED, "line 10"),
                tuple(Kind.ADDED, "DROP TABLE customers;"),
                tuple(Kind.CONTEXT, "line 11"),
                tuple(Kind.CONTEXT, "line 12"),
                tuple(Kind.CONTEXT, "line 13"),
                tuple(Kind.SKIPPED, "… 4 unchanged line(s) …"),
                tuple(Kind.CONTEXT, "line 18"),
                tuple(Kind.CONTEXT, "line 19"),
                tuple(Kind.CONTEXT, "line 20"),
                tuple(Kind.ADDED, "line 21"));
        DiffLine drop = diff.get(5);
        assertThat(drop.newLine()).as("new-side line number, where the analyzer reports").isEqualTo(10);
        assertThat(diff.get(6)).extracting(DiffLine::oldLine, DiffLine::newLine).containsExactly(11, 11);
    }

    @Test
    void aNewFileIsAllAdded() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("new.sql", "DROP TABLE IF EXISTS customers;\nCREATE TABLE customers (id int);\n", "New");
        String blob = repo.git("rev-parse", "HEAD:new.sql");

        List<DiffLine> diff;
        try (Repository repository = Repositories.open(repo.dir())) {
            diff = FileDiff.of(repository, null, blob);
        }

        assertThat(diff).extracting(DiffLine::kind).containsOnly(Kind.ADDED);
        assertThat(diff).extracting(DiffLine::newLine).containsExactly(1, 2);
    }

    private static String text(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }
}
