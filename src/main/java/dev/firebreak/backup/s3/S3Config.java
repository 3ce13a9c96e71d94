package dev.firebreak.backup.s3;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.firebreak.core.UserFacingException;
import java.net.URI;
import java.util.Locale;

/**
 * Where backups are copied in S3 (or an S3-compatible store such as MinIO, R2 or S3Proxy). Holds no secret:
 * credentials come from the AWS default credentials chain, or from {@code awsProfile} in {@code ~/.aws}.
 *
 * @param prefix     key prefix without leading or trailing slash; empty for the bucket's root
 * @param region     null: the AWS default region chain (or us-east-1 with an endpoint override)
 * @param endpoint   null: AWS itself; otherwise the store's URL, addressed path-style
 * @param sse        null, {@code AES256} or {@code aws:kms}
 * @param kmsKeyId   only with {@code aws:kms}; null means the bucket's default key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3Config(String bucket, String prefix, String region, String endpoint, String awsProfile, String sse,
                       String kmsKeyId, boolean uploadAfterBackup) {
    public static final String SSE_S3 = "AES256";
    public static final String SSE_KMS = "aws:kms";

    public S3Config {
        if (bucket == null || bucket.isBlank()) {
            throw new UserFacingException("An S3 configuration needs a bucket: firebreak s3 configure --bucket NAME");
        }
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new UserFacingException("'" + bucket + "' is not a valid S3 bucket name (3-63 lower-case letters, "
                    + "digits, dots and hyphens).");
        }
        prefix = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        region = blankToNull(region);
        endpoint = blankToNull(endpoint);
        awsProfile = blankToNull(awsProfile);
        sse = sse(blankToNull(sse));
        kmsKeyId = blankToNull(kmsKeyId);
        if (kmsKeyId != null && !SSE_KMS.equals(sse)) {
            throw new UserFacingException("A KMS key id needs --sse aws:kms.");
        }
        if (endpoint != null) {
            URI uri = URI.create(endpoint);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new UserFacingException("The S3 endpoint must be an http(s) URL such as https://minio.internal:9000, not '"
                        + endpoint + "'.");
            }
        }
    }

    /** "s3://bucket/prefix (region eu-west-1, endpoint …)", for messages and {@code firebreak s3 show}. */
    public String describe() {
        return location() + " (" + (region == null ? "default region" : "region " + region)
                + (endpoint == null ? "" : ", endpoint " + endpoint + ", path-style")
                + (awsProfile == null ? ", default AWS credentials chain" : ", AWS profile " + awsProfile)
                + (sse == null ? "" : ", encryption " + sse + (kmsKeyId == null ? "" : " key " + kmsKeyId))
                + (uploadAfterBackup ? ", every backup uploaded" : "") + ")";
    }

    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }

    private static String sse(String sse) {
        if (sse == null) {
            return null;
        }
        String normal = sse.toLowerCase(Locale.ROOT);
        if (normal.equals("aes256")) {
            return SSE_S3;
        }
        if (normal.equals("aws:kms") || normal.equals("kms")) {
            return SSE_KMS;
        }
        throw new UserFacingException("Server-side encryption must be AES256 or aws:kms, not '" + sse + "'.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
