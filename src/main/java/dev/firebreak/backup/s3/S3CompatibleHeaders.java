package dev.firebreak.backup.s3;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Drops the {@code x-amz-mp-object-size} header that the SDK adds to CompleteMultipartUpload: it is optional in the
 * S3 API, and S3-compatible stores that do not know it (S3Proxy among them) answer 501 Not Implemented, which made
 * every archive larger than one part fail. Removed before signing, so the signature stays valid.
 */
final class S3CompatibleHeaders implements ExecutionInterceptor {
    static final String MULTIPART_OBJECT_SIZE = "x-amz-mp-object-size";

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.firstMatchingHeader(MULTIPART_OBJECT_SIZE).isPresent()
                ? request.toBuilder().removeHeader(MULTIPART_OBJECT_SIZE).build() : request;
    }
}
