package dev.firebreak.backup.s3;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

/** Builds the S3 client for a configuration: the same settings for AWS and for S3-compatible stores. */
final class S3Clients {
    private S3Clients() {
    }

    static S3AsyncClient create(S3Config config) {
        S3AsyncClientBuilder builder = S3AsyncClient.builder()
                .multipartEnabled(true) // large archives in parts, in pure Java (the CRT client needs native code)
                // SDK >= 2.30 sends CRC32 checksums on every upload by default, which many S3-compatible stores reject
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(config));
        if (config.region() != null) {
            builder.region(Region.of(config.region()));
        } else if (config.endpoint() != null) {
            builder.region(Region.US_EAST_1); // S3-compatible stores ignore it, but the signature needs one
        }
        if (config.endpoint() != null) {
            builder.endpointOverride(URI.create(config.endpoint())).forcePathStyle(true)
                    .overrideConfiguration(o -> o.addExecutionInterceptor(new S3CompatibleHeaders()));
        }
        return builder.build();
    }

    /** Never a key of Firebreak's own: the default chain (environment, ~/.aws, SSO, instance role) or a named profile. */
    private static AwsCredentialsProvider credentials(S3Config config) {
        return config.awsProfile() == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.create(config.awsProfile());
    }
}
