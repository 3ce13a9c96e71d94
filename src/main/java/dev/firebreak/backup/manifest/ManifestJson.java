package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The manifest's JSON form: ISO timestamps, indented, tolerant of fields added by newer versions. */
public final class ManifestJson {
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    public static byte[] write(BackupManifest manifest) {
        try {
            return MAPPER.writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a manifest; its id and profile become file and key names, so a traversing one is refused. */
    public static BackupManifest read(byte[] json) throws IOException {
        BackupManifest manifest = MAPPER.readValue(json, BackupManifest.class);
        requireFileName("id", manifest.id());
        requireFileName("profile", manifest.profile());
        return manifest;
    }

    private static void requireFileName(String field, String value) throws IOException {
        if (value == null) {
            return; // a missing field is reported by whoever needs it
        }
        boolean unsafe = value.isBlank() || value.equals(".") || value.equals("..")
                || value.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f);
        if (unsafe) {
            throw new IOException("its " + field + " '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a plain name ('/', '\\', '..' and control characters are not allowed); "
                    + "the manifest was not used");
        }
    }
}
