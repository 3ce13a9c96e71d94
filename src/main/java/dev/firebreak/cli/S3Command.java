package dev.firebreak.cli;

import dev.firebreak.backup.s3.S3BackupStore;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.s3.S3ConfigFile;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak s3 configure|show|test}: where backups are copied, in {@code $FIREBREAK_HOME/s3.json} (never a key). */
@Command(name = "s3", mixinStandardHelpOptions = true,
        description = "Copy backups to S3 or an S3-compatible store. Credentials come from the AWS default chain "
                + "(environment, ~/.aws, SSO, instance role) or a named AWS profile; Firebreak never stores them.",
        subcommands = {S3Command.ConfigureCommand.class, S3Command.ShowCommand.class, S3Command.TestCommand.class})
public final class S3Command extends CommandGroup {
    @ParentCommand
    FirebreakCommand root;

    Path file() {
        return S3ConfigFile.in(root.home());
    }

    S3Config config() {
        return S3ConfigFile.load(file()).orElseThrow(() -> new UserFacingException(
                "S3 is not configured yet: firebreak s3 configure --bucket NAME [--region R] [--endpoint URL] …"));
    }

    /** What every subcommand of {@code firebreak s3} is handed: its terminal ({@code spec}) and the group ({@code parent}). */
    abstract static class Subcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        S3Command parent;
    }

    @Command(name = "configure", mixinStandardHelpOptions = true,
            description = "Set (replace) the S3 configuration; options not given are unset.")
    static final class ConfigureCommand extends Subcommand {
        @Option(names = "--bucket", required = true, paramLabel = "NAME")
        String bucket;

        @Option(names = "--prefix", paramLabel = "P", defaultValue = "firebreak",
                description = "Key prefix (default: ${DEFAULT-VALUE}); keys are <prefix>/<profile>/<id>/….")
        String prefix;

        @Option(names = "--region", paramLabel = "R", description = "e.g. eu-west-1 (default: the AWS default region chain).")
        String region;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "An S3-compatible store (MinIO, R2, S3Proxy …), addressed path-style.")
        String endpoint;

        @Option(names = "--aws-profile", paramLabel = "NAME", description = "A profile in ~/.aws/credentials or ~/.aws/config.")
        String awsProfile;

        @Option(names = "--sse", paramLabel = "AES256|aws:kms", description = "Server-side encryption of uploaded objects.")
        String sse;

        @Option(names = "--kms-key-id", paramLabel = "ID", description = "The KMS key for --sse aws:kms (default: the bucket's).")
        String kmsKeyId;

        @Option(names = "--upload-after-backup", description = "Upload every backup once it is stored on this disk.")
        boolean uploadAfterBackup;

        @Override
        public Integer call() {
            S3Config config = new S3Config(bucket, prefix, region, endpoint, awsProfile, sse, kmsKeyId, uploadAfterBackup);
            S3ConfigFile.save(parent.file(), config);
            spec.commandLine().getOut().println("S3: " + config.describe());
            spec.commandLine().getOut().println("Check it: firebreak s3 test");
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The S3 configuration.")
    static final class ShowCommand extends Subcommand {
        @Override
        public Integer call() {
            Optional<S3Config> config = S3ConfigFile.load(parent.file());
            spec.commandLine().getOut().println(config.map(c -> "S3: " + c.describe() + "\nIn " + parent.file())
                    .orElse("S3 is not configured: backups stay on this disk. Set it up: firebreak s3 configure --bucket NAME …"));
            return Cli.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "List the bucket: says whether credentials, access, bucket and endpoint work.")
    static final class TestCommand extends Subcommand {
        @Override
        public Integer call() {
            S3Config config = parent.config();
            try (S3BackupStore store = S3BackupStore.connect(config)) {
                spec.commandLine().getOut().println(store.check());
                return Cli.OK;
            } catch (UserFacingException e) {
                return Cli.jobFailed(spec.commandLine().getErr(), e);
            }
        }
    }
}
