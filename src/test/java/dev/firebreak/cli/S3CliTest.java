package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.testing.TestS3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 commands as separate processes against S3Proxy: credentials only in an AWS shared credentials file named
 * by the environment, as a user or cron would have them.
 */
class S3CliTest {
    @TempDir
    Path tmp;

    String shop;
    String bucket;
    Map<String, String> environment;

    @BeforeEach
    void shopProfileAndBucket() {
        shop = ShopDatabase.create();
        bucket = TestS3.newBucket();
        environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.putAll(TestS3.awsEnvironment(tmp));
        environment.put("FIREBREAK_HOME", tmp.resolve("home").toString());
        String url = "postgresql://" + TestPostgres.USER + "@localhost:" + TestPostgres.server().getPort() + "/" + shop
                + "?sslmode=disable";
        assertThat(firebreak("profile", "add", "shop", "--db", url).exitCode()).isZero();
    }

    @Test
    void configureTestBackUpWithUploadListFromS3AndRestoreWithoutTheLocalCopy() throws IOException {
        assertThat(firebreak("s3", "show").stdout()).contains("S3 is not configured");
        ProcessResult configure = firebreak("s3", "configure", "--bucket", bucket, "--prefix", "nightly", "--endpoint",
                TestS3.endpoint().toString(), "--aws-profile", TestS3.PROFILE);
        assertThat(configure.exitCode()).as(configure.stderr()).isZero();
        assertThat(firebreak("s3", "show").stdout()).contains("s3://" + bucket + "/nightly", "path-style",
                "AWS profile " + TestS3.PROFILE);
        assertThat(Files.readString(tmp.resolve("home/s3.json"))).doesNotContain(TestS3.SECRET_KEY);
        assertThat(firebreak("s3", "test").stdout()).contains("Reached s3://" + bucket + "/nightly: 0 backups there.");

        ProcessResult backup = firebreak("backup", "--profile", "shop", "--upload");
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        String id = backup.stdout().trim();
        assertThat(backup.stderr()).contains("Uploaded to s3://" + bucket + "/nightly");
        JsonNode listed = new ObjectMapper().readTree(firebreak("backups", "list", "--format", "json").stdout());
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("locations").toString()).isEqualTo("[\"local\",\"s3\"]");
        assertThat(firebreak("backups", "upload", id).stdout()).contains("already in s3://" + bucket);

        Files.delete(tmp.resolve("home/backups/shop/" + id + ".firebreak"));
        Files.delete(tmp.resolve("home/backups/shop/" + id + ".dump"));
        assertThat(firebreak("backups", "list").stdout()).contains(id).contains(" S3 ").doesNotContain("local");

        ProcessResult restore = firebreak("restore", id, "--profile", "shop", "--mode", "new");
        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        String restored = shop + "_restored_" + restore.stdout().replaceAll("(?s).*" + shop + "_restored_(\\d{8}_\\d{4}).*", "$1");
        assertThat(ShopDatabase.customers(restored)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(firebreak("backups", "list").stdout()).contains("local + S3");
    }

    @Test
    void aFailedUploadExitsOneSaysTheLocalBackupIsSafeAndKeepsIt() {
        firebreak("s3", "configure", "--bucket", bucket, "--endpoint", TestS3.endpoint().toString(),
                "--aws-profile", TestS3.WRONG_SECRET_PROFILE, "--upload-after-backup");
        ProcessResult test = firebreak("s3", "test");
        assertThat(test.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(test.stderr()).contains("refused access to bucket '" + bucket + "'", "Check the credentials");

        ProcessResult backup = firebreak("backup", "--profile", "shop");

        assertThat(backup.exitCode()).isEqualTo(Cli.FAILED);
        String id = backup.stdout().trim();
        assertThat(backup.stderr()).contains("Upload of backup " + id + " to s3://" + bucket + "/firebreak failed; the local "
                + "backup is intact and can be restored", "refused access");
        ProcessResult list = firebreak("backups", "list");
        assertThat(list.stdout()).contains(id + "  shop").contains(" local ");
        assertThat(list.stderr()).contains("only the backups on this disk are listed");
        assertThat(firebreak("verify", id, "--quick").exitCode()).isZero();
    }

    @Test
    void usageErrorsExitTwo() {
        ProcessResult upload = firebreak("backup", "--profile", "shop", "--upload");
        assertThat(upload.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(upload.stderr()).contains("S3 is not configured");
        assertThat(firebreak("s3", "configure", "--bucket", "Not_A_Bucket").stderr()).contains("not a valid S3 bucket name");
        assertThat(firebreak("s3", "configure", "--bucket", bucket, "--sse", "rot13").stderr()).contains("AES256 or aws:kms");
        assertThat(firebreak("backups", "list", "--format", "json").stdout().trim()).as("nothing was backed up").isEqualTo("[ ]");
    }

    @Test
    void withoutS3TheCommandLineNeverLoadsTheAwsSdk() {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.add(1, "-verbose:class");
        command.addAll(List.of("backups", "list"));

        ProcessResult list = ProcessResult.run(tmp, environment, command);

        assertThat(list.exitCode()).isZero();
        assertThat(list.stdout()).contains("dev.firebreak.backup.catalog.BackupCatalog ").doesNotContain("software.amazon");
    }

    private ProcessResult firebreak(String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command);
    }
}
