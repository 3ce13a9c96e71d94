package dev.firebreak.practice;

import dev.firebreak.core.RepoPolicy;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The practice repository: a bare "origin" whose {@code main} deploys, and a clone on {@code feature/checkout-redesign},
 * which carries the migration that drops the customers. {@code main} moved on after the branch was cut, so pushing the
 * branch to its upstream {@code origin/main} is a forced update of a protected branch — the night of the story.
 */
public final class PracticeRepository {
    public static final String FEATURE_BRANCH = "feature/checkout-redesign";
    public static final String MIGRATION = "db/migrations/V2__checkout_redesign.sql";
    public static final String BAD_MIGRATION = "DROP TABLE IF EXISTS customers;\nDROP TABLE IF EXISTS orders;\n"
            + "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL, checkout_profile jsonb);\n";

    private static final PersonIdent AUTHOR = new PersonIdent("Practice Developer", "developer@practice.firebreak.invalid");
    private static final String POLICY = """
            # Reviewed like code: main deploys, and a migration for it needs a fresh backup of the practice database.
            protected: [main]
            migrations: ["db/migrations/*.sql"]
            backup:
              profile: practice
              maxAgeHours: 24
            """;
    private static final String DEPLOY = """
            #!/bin/sh
            # The CI's deploy job: every push to main runs the new migrations against the shop database.
            # In practice mode, "Deploy anyway" does what this job did.
            set -e
            for migration in db/migrations/*.sql; do
              psql --single-transaction -v ON_ERROR_STOP=1 -f "$migration" "$SHOP_DATABASE_URL"
            done
            """;

    private PracticeRepository() {
    }

    /** Creates origin and the clone; both paths must not exist yet. */
    public static void create(Path origin, Path clone) {
        try (Git bare = Git.init().setBare(true).setInitialBranch("main").setDirectory(origin.toFile()).call();
             Git git = Git.init().setInitialBranch("main").setDirectory(clone.toFile()).call()) {
            write(clone, "README.md", "# Shop\n\nThe web shop. Pushing to main deploys it (see ci/deploy.sh).\n");
            write(clone, "ci/deploy.sh", DEPLOY);
            write(clone, RepoPolicy.FILE_NAME, POLICY);
            write(clone, "db/migrations/V1__shop.sql", "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, "
                    + "email text NOT NULL UNIQUE, phone text, street text, postal_code text, city text, created_at timestamptz NOT NULL);\n"
                    + "CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, placed_at timestamptz NOT NULL, "
                    + "total numeric(10,2) NOT NULL, status text NOT NULL);\nCREATE INDEX orders_customer ON orders (customer_id);\n");
            commit(git, "Shop: customers and orders");
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", origin.toUri().toString());
            config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            config.save();
            git.push().setRemote("origin").add("main").call();

            git.checkout().setCreateBranch(true).setName(FEATURE_BRANCH).call();
            write(clone, MIGRATION, "-- Checkout redesign: a fresh customers table for the new checkout\n" + BAD_MIGRATION);
            write(clone, "web/checkout.html", "<form id=\"checkout\"><!-- one-page checkout --></form>\n");
            commit(git, "Checkout redesign: new customers table");

            git.checkout().setName("main").call();
            write(clone, "web/footer.html", "<footer>© Shop — free returns within 30 days</footer>\n");
            commit(git, "Footer: free returns");
            git.push().setRemote("origin").add("main").call();

            git.checkout().setName(FEATURE_BRANCH).call();
            config.setString("branch", FEATURE_BRANCH, "remote", "origin");
            config.setString("branch", FEATURE_BRANCH, "merge", Constants.R_HEADS + "main");
            config.save();
            git.fetch().setRemote("origin").call();
        } catch (GitAPIException | IOException e) {
            throw new UserFacingException("Could not create the practice repository in " + clone + ": " + e.getMessage(), e);
        }
    }

    /** The migration as committed on the feature branch: what the CI would have run. */
    public static Migration committedMigration(Path clone) {
        try (Git git = Git.open(clone.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repository = git.getRepository();
            ObjectId head = repository.resolve(Constants.R_HEADS + FEATURE_BRANCH);
            if (head == null) {
                throw new UserFacingException("The practice repository " + clone + " has no branch " + FEATURE_BRANCH
                        + ": reset practice mode to recreate it.");
            }
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk file = TreeWalk.forPath(repository, MIGRATION, commit.getTree())) {
                if (file == null) {
                    throw new UserFacingException(FEATURE_BRANCH + " no longer has " + MIGRATION + ": reset practice mode to recreate it.");
                }
                String sql = new String(repository.open(file.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                return new Migration(commit.abbreviate(7).name(), MIGRATION, sql);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the practice repository in " + clone + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    /** A migration file at a commit. */
    public record Migration(String commit, String path, String sql) {
    }
}
