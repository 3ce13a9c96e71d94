package dev.firebreak.backup.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.backup.Manifests;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The manifest's types are enums in Java, but its JSON is what every earlier version wrote and reads. */
class ManifestJsonShapeTest {
    private final BackupManifest backup = Manifests.finishedAt("shop", "2026-11-30T02:00:00Z")
            .withVerification(Verification.of(Instant.parse("2026-11-30T02:05:00Z"), VerificationKind.QUICK, false, "bad"));

    @Test
    void formatKindAndResultAreWrittenAsTheLowerCaseWordsTheyWere() throws Exception {
        JsonNode json = ManifestJson.MAPPER.readTree(ManifestJson.write(backup));

        assertThat(json.get("format").asText()).isEqualTo("custom");
        JsonNode last = json.get("verifications").get(json.get("verifications").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("quick");
        assertThat(last.get("result").asText()).isEqualTo("failed");
        assertThat(ManifestJson.read(ManifestJson.write(backup))).isEqualTo(backup);
    }

    @Test
    void aManifestFromBeforeTheDirectoryFormatIsACustomArchive() throws Exception {
        ObjectNode json = (ObjectNode) ManifestJson.MAPPER.readTree(ManifestJson.write(backup));
        json.remove("format");

        BackupManifest read = ManifestJson.read(ManifestJson.MAPPER.writeValueAsBytes(json));

        assertThat(read.format()).isEqualTo(ArchiveFormat.CUSTOM);
        assertThat(read.verifications()).last().extracting(Verification::kind, Verification::result)
                .containsExactly(VerificationKind.QUICK, VerificationResult.FAILED);
    }
}
