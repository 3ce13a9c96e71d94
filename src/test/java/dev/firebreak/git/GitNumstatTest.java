package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook counts lines with the system git when it can: its counts must be the ones JGit would give. */
class GitNumstatTest {
    @TempDir
    Path tmp;

    @Test
    void gitCountsTheSameLinesAsJGitForEveryKindOfChange() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("keep.txt", "a\nb\nc\nd\n", "Base");
        repo.commit("gone.txt", "1\n2\n3\n", "To delete");
        String base = repo.head();
        repo.write("keep.txt", "a\nB\nc\nd\ne\n");
        repo.write("new.sql", "DROP TABLE customers;\nCREATE TABLE customers (id int);\n");
        Files.write(repo.dir().resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        repo.git("rm", "-q", "gone.txt");
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "Changes");
        String tip = repo.head();

        try (Repository repository = Repositories.open(repo.dir())) {
            Map<String, GitNumstat.Counts> git = GitNumstat.between(GitExecutable.onPath().orElseThrow(), repo.dir(),
                    ObjectId.fromString(base), ObjectId.fromString(tip)).orElseThrow();
            List<OutgoingFile> jgit = countedByJGit(repository, base, tip);

            assertThat(git).hasSize(4);
            for (OutgoingFile file : jgit) {
                assertThat(git.get(file.path())).as(file.path())
                        .isEqualTo(new GitNumstat.Counts(file.added(), file.removed(), file.binary()));
            }
        }
    }

    private static List<OutgoingFile> countedByJGit(Repository repository, String base, String tip) throws Exception {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk treeWalk = new TreeWalk(reader)) {
            treeWalk.addTree(walk.parseCommit(ObjectId.fromString(base)).getTree());
            treeWalk.addTree(walk.parseCommit(ObjectId.fromString(tip)).getTree());
            treeWalk.setRecursive(true);
            treeWalk.setFilter(TreeFilter.ANY_DIFF);
            LineCounter counter = new LineCounter(reader);
            List<OutgoingFile> files = new java.util.ArrayList<>();
            for (DiffEntry entry : DiffEntry.scan(treeWalk)) {
                files.add(counter.toFile(entry));
            }
            return files;
        }
    }
}
