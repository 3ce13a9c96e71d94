package dev.firebreak.backup.s3;

import dev.firebreak.core.UserFacingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns what the SDK throws into what to check: credentials, permissions, the bucket's name and region, the network. */
final class S3Failures {
    private S3Failures() {
    }

    /** {@code action} says what was being done, e.g. "uploading backup 2026… ". */
    static UserFacingException of(Throwable error, S3Config config, String action) {
        Throwable cause = unwrap(error);
        String bucket = "bucket '" + config.bucket() + "'";
        String where = config.endpoint() == null ? "AWS S3" : "the S3 endpoint " + config.endpoint();
        if (cause instanceof UserFacingException userFacing) {
            return userFacing;
        }
        if (cause instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            String answer = " (" + s3.statusCode() + (code == null ? "" : " " + code) + ")";
            if (s3.statusCode() == 403) {
                return new UserFacingException(where + " refused access to " + bucket + answer + " while " + action
                        + ". Check the credentials (" + credentials(config) + ") and that they may list, read, write and "
                        + "delete objects under " + config.location() + ".", s3);
            }
            if ("NoSuchBucket".equals(code)) {
                return new UserFacingException("The " + bucket + " does not exist at " + where + answer + " while " + action
                        + ". Check the bucket name and region (firebreak s3 show) or create the bucket.", s3);
            }
            if (s3.statusCode() == 301 || "AuthorizationHeaderMalformed".equals(code)) {
                return new UserFacingException("The " + bucket + " is in another region than "
                        + (config.region() == null ? "the default one" : config.region()) + answer + " while " + action
                        + ". Set its region: firebreak s3 configure --region REGION …", s3);
            }
            return new UserFacingException(where + " answered" + answer + " for " + bucket + " while " + action + ": "
                    + s3.awsErrorDetails().errorMessage(), s3);
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("Unable to load credentials") || message.contains("no credentials")
                || message.contains("Profile file contained no credentials")) {
            return new UserFacingException("No AWS credentials for " + bucket + " while " + action + ": "
                    + credentials(config) + " has none. Set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, add them to "
                    + "~/.aws/credentials, or name a profile there: firebreak s3 configure --aws-profile NAME …", cause);
        }
        if (message.contains("Unable to load region")) {
            return new UserFacingException("No AWS region for " + bucket + ": firebreak s3 configure --region REGION …", cause);
        }
        if (unreachable(cause)) {
            return new UserFacingException("Cannot reach " + where + " for " + bucket + " while " + action + " ("
                    + message + "). Check the endpoint URL (firebreak s3 show) and the network.", cause);
        }
        return new UserFacingException("S3 failed for " + bucket + " while " + action + ": " + message, cause);
    }

    private static String credentials(S3Config config) {
        return config.awsProfile() == null ? "the AWS default credentials chain" : "AWS profile '" + config.awsProfile() + "'";
    }

    private static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof ClosedChannelException
                    || (t instanceof SdkClientException && String.valueOf(t.getMessage()).contains("Unable to execute HTTP request"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
