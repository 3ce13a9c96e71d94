package dev.firebreak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * One real S3 API server for the whole test run: S3Proxy in-process over jclouds' transient (in-memory) blob store,
 * on a free port, checking AWS v2/v4 signatures against {@link #ACCESS_KEY}/{@link #SECRET_KEY}. Firebreak reaches it
 * only as a user would: an endpoint URL and a named profile in an AWS shared credentials file.
 */
public final class TestS3 {
    public static final String ACCESS_KEY = "firebreak-test-access";
    public static final String SECRET_KEY = "firebreak-test-secret";
    /** A profile with the right key pair, and one whose secret is wrong. */
    public static final String PROFILE = "firebreak-test";
    public static final String WRONG_SECRET_PROFILE = "firebreak-wrong-secret";
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static final Map<String, AtomicInteger> LISTS = new ConcurrentHashMap<>();
    private static BlobStore blobs;
    private static S3Proxy proxy;

    private TestS3() {
    }

    public static synchronized URI endpoint() {
        if (proxy == null) {
            try {
                blobs = countingLists(ContextBuilder.newBuilder("transient").credentials("unused", "unused")
                        .build(BlobStoreContext.class).getBlobStore());
                proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
                proxy.start();
                while (!"STARTED".equals(proxy.getState())) {
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** How many LIST requests (ListObjects, V1 or V2) the server has answered for {@code bucket} so far. */
    public static int listRequests(String bucket) {
        endpoint();
        return LISTS.getOrDefault(bucket, new AtomicInteger()).get();
    }

    /** The blob store, counting the listings S3Proxy asks of it: one for each LIST request it serves. */
    private static BlobStore countingLists(BlobStore real) {
        return (BlobStore) Proxy.newProxyInstance(BlobStore.class.getClassLoader(), new Class<?>[] {BlobStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("list") && args != null && args.length > 0 && args[0] instanceof String bucket) {
                        LISTS.computeIfAbsent(bucket, name -> new AtomicInteger()).incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The blob store behind the S3 API: what a damaged disk at the provider would change. */
    public static BlobStore blobs() {
        endpoint();
        return blobs;
    }

    /** A fresh, empty bucket no other test uses. */
    public static String newBucket() {
        String name = "firebreak-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
        blobs().createContainerInLocation(null, name);
        return name;
    }

    /** An AWS shared credentials file with {@link #PROFILE} and {@link #WRONG_SECRET_PROFILE}. */
    public static Path credentialsFile(Path dir) {
        try {
            Path file = dir.resolve("aws-credentials");
            Files.writeString(file, "[" + PROFILE + "]\naws_access_key_id = " + ACCESS_KEY + "\naws_secret_access_key = "
                    + SECRET_KEY + "\n\n[" + WRONG_SECRET_PROFILE + "]\naws_access_key_id = " + ACCESS_KEY
                    + "\naws_secret_access_key = not-the-secret\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment of a process whose AWS files are only the test's own (no EC2 metadata lookups). */
    public static Map<String, String> awsEnvironment(Path dir) {
        return Map.of("AWS_SHARED_CREDENTIALS_FILE", credentialsFile(dir).toString(),
                "AWS_CONFIG_FILE", dir.resolve("aws-config-absent").toString(), "AWS_EC2_METADATA_DISABLED", "true");
    }

    /** The same for this JVM, through the SDK's system properties (once: the SDK may cache the files it read). */
    public static synchronized void useTestCredentials() {
        if (System.getProperty("aws.sharedCredentialsFile") != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("firebreak-aws");
            dir.toFile().deleteOnExit();
            Path file = credentialsFile(dir);
            file.toFile().deleteOnExit();
            System.setProperty("aws.sharedCredentialsFile", file.toString());
            System.setProperty("aws.configFile", dir.resolve("aws-config-absent").toString());
            System.setProperty("aws.disableEc2Metadata", "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
