package dev.firebreak.backup.s3;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.ManifestJson;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Backups in S3: {@code <prefix>/<profile>/<id>/<file>} for the archive's files and {@code <prefix>/<profile>/<id>.json}
 * for the manifest, uploaded last and deleted first. Keys ending in {@code /} are folder placeholders, never files.
 */
public final class S3BackupStore implements RemoteStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(S3BackupStore.class);
    private static final long POLL_MILLIS = 100;

    private final S3Config config;
    private final S3AsyncClient client;
    private final String root;
    /** Manifests by key and ETag: listing again re-reads only those that changed. */
    private final Map<String, CachedManifest> manifests = new ConcurrentHashMap<>();

    private S3BackupStore(S3Config config, S3AsyncClient client) {
        this.config = config;
        this.client = client;
        this.root = config.prefix().isEmpty() ? "" : config.prefix() + "/";
    }

    public static S3BackupStore connect(S3Config config) {
        return new S3BackupStore(config, S3Clients.create(config));
    }

    @Override
    public String location() {
        return config.location();
    }

    /** Lists the bucket under the prefix: says what is wrong (credentials, access, bucket, endpoint) or how many backups it holds. */
    public String check() {
        int backups = list(null).size();
        return "Reached " + config.location() + ": " + Numbers.of(backups, "backup") + " there.";
    }

    @Override
    public List<BackupManifest> list(String profile) {
        List<BackupManifest> found = new ArrayList<>();
        for (S3Object object : objects(root + (profile == null ? "" : profile + "/"), "listing backups")) {
            if (isManifestKey(object.key())) {
                manifest(object).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(BackupManifest::startedAt).reversed());
        return found;
    }

    @Override
    public Optional<BackupManifest> find(String profile, String id) {
        String key = root + profile + "/" + id + ".json";
        CompletableFuture<byte[]> read = client.getObject(b -> b.bucket(config.bucket()).key(key),
                AsyncResponseTransformer.toBytes()).handle((response, error) -> {
                    if (error == null) {
                        return response.asByteArray();
                    }
                    if (missing(error)) {
                        return null;
                    }
                    throw error instanceof CompletionException completion ? completion : new CompletionException(error);
                });
        byte[] json = await(read, ProgressMonitor.NONE, "reading " + key, () -> { });
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestJson.read(json)).filter(manifest -> manifest.id().equals(id));
        } catch (IOException e) {
            LOG.warn("Unreadable manifest s3://{}/{}: {}", config.bucket(), key, e.getMessage());
            return Optional.empty();
        }
    }

    /** No such key: some S3-compatible servers answer a bare 404 instead of NoSuchKey. */
    private static boolean missing(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof NoSuchKeyException || cause instanceof S3Exception s3 && s3.statusCode() == 404;
    }

    @Override
    public void upload(BackupManifest manifest, List<FileToUpload> files, ProgressMonitor monitor) {
        String action = "uploading backup " + manifest.id();
        long total = files.stream().mapToLong(file -> size(file.path())).sum();
        AtomicLong sent = new AtomicLong();
        try {
            for (FileToUpload file : files) {
                AsyncRequestBody body = new CountingBody(AsyncRequestBody.fromFile(file.path()), sent);
                await(client.putObject(put(archivePrefix(manifest) + file.name()), body), monitor, action,
                        () -> monitor.update("Uploading " + manifest.id() + " to " + location() + " (" + Numbers.bytes(sent.get())
                                + " of " + Numbers.bytes(total) + ")", Math.min(sent.get(), total), total));
            }
            putManifest(manifest, action);
        } catch (RuntimeException e) {
            removeQuietly(archivePrefix(manifest)); // no manifest was written: the files would only cost money
            throw e;
        }
    }

    @Override
    public void download(BackupManifest manifest, Path directory, ProgressMonitor monitor) {
        String action = "downloading backup " + manifest.id();
        List<S3Object> files = objects(archivePrefix(manifest), action);
        if (files.isEmpty()) {
            throw new UserFacingException("Backup " + manifest.id() + " has a manifest but no archive in " + location()
                    + ". Nothing was restored and no database was touched. Use another backup (firebreak backups list).");
        }
        long total = files.stream().mapToLong(S3Object::size).sum();
        long received = 0;
        for (S3Object file : files) {
            Path target = directory.resolve(file.key().substring(archivePrefix(manifest).length())).normalize();
            if (!target.startsWith(directory)) {
                throw new UserFacingException("Refusing the S3 key " + file.key() + ": it points outside the backup's folder.");
            }
            received = download(file.key(), target, monitor, action, received, total, manifest.id());
        }
    }

    @Override
    public void update(BackupManifest manifest) {
        putManifest(manifest, "recording a verification of backup " + manifest.id());
    }

    @Override
    public void delete(BackupManifest manifest) {
        String action = "deleting backup " + manifest.id();
        await(client.deleteObject(b -> b.bucket(config.bucket()).key(manifestKey(manifest))), ProgressMonitor.NONE, action, () -> { });
        manifests.remove(manifestKey(manifest));
        for (S3Object file : objects(archivePrefix(manifest), action)) {
            await(client.deleteObject(b -> b.bucket(config.bucket()).key(file.key())), ProgressMonitor.NONE, action, () -> { });
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private long download(String key, Path target, ProgressMonitor monitor, String action, long received, long total, String id) {
        ResponseInputStream<GetObjectResponse> stream = await(client.getObject(b -> b.bucket(config.bucket()).key(key),
                AsyncResponseTransformer.toBlockingInputStream()), monitor, action, () -> { });
        long done = received;
        try (InputStream in = stream; OutputStream out = Files.newOutputStream(PrivateFiles.createFile(createParent(target)))) {
            byte[] buffer = new byte[1 << 16];
            long reported = done;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                done += read;
                if (monitor.isCancelled()) {
                    stream.abort();
                    throw new CancelledException();
                }
                if (done - reported >= (1 << 20)) {
                    reported = done;
                    monitor.update("Downloading " + id + " from " + location() + " (" + Numbers.bytes(done) + " of "
                            + Numbers.bytes(total) + ")", done, total);
                }
            }
            return done;
        } catch (IOException e) {
            throw S3Failures.of(e, config, action);
        }
    }

    private void putManifest(BackupManifest manifest, String action) {
        await(client.putObject(put(manifestKey(manifest)), AsyncRequestBody.fromBytes(ManifestJson.write(manifest))),
                ProgressMonitor.NONE, action, () -> { });
    }

    private Optional<BackupManifest> manifest(S3Object object) {
        CachedManifest cached = manifests.get(object.key());
        if (cached != null && cached.eTag().equals(object.eTag())) {
            return Optional.of(cached.manifest());
        }
        byte[] json = await(client.getObject(b -> b.bucket(config.bucket()).key(object.key()), AsyncResponseTransformer.toBytes()),
                ProgressMonitor.NONE, "reading " + object.key(), () -> { }).asByteArray();
        try {
            BackupManifest manifest = ManifestJson.read(json);
            manifests.put(object.key(), new CachedManifest(object.eTag(), manifest));
            return Optional.of(manifest);
        } catch (IOException e) {
            LOG.warn("Skipping unreadable manifest s3://{}/{}: {}", config.bucket(), object.key(), e.getMessage());
            return Optional.empty();
        }
    }

    private List<S3Object> objects(String prefix, String action) {
        List<S3Object> objects = new ArrayList<>();
        await(client.listObjectsV2Paginator(b -> b.bucket(config.bucket()).prefix(prefix)).contents().subscribe(object -> {
            if (!object.key().endsWith("/")) {
                objects.add(object);
            }
        }), ProgressMonitor.NONE, action, () -> { });
        return objects;
    }

    private boolean isManifestKey(String key) {
        String rest = key.substring(root.length());
        return rest.endsWith(".json") && rest.indexOf('/') > 0 && rest.indexOf('/') == rest.lastIndexOf('/');
    }

    private String manifestKey(BackupManifest manifest) {
        return root + manifest.profile() + "/" + manifest.id() + ".json";
    }

    private String archivePrefix(BackupManifest manifest) {
        return root + manifest.profile() + "/" + manifest.id() + "/";
    }

    private PutObjectRequest put(String key) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(config.bucket()).key(key);
        if (config.sse() != null) {
            request.serverSideEncryption(ServerSideEncryption.fromValue(config.sse())).ssekmsKeyId(config.kmsKeyId());
        }
        return request.build();
    }

    private void removeQuietly(String prefix) {
        try {
            for (S3Object object : objects(prefix, "cleaning up")) {
                client.deleteObject(b -> b.bucket(config.bucket()).key(object.key())).get(30, TimeUnit.SECONDS);
            }
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            LOG.warn("Could not remove the partial upload under s3://{}/{}: {}", config.bucket(), prefix, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for an S3 call, reporting progress meanwhile; a cancel stops the call. */
    private <T> T await(CompletableFuture<T> call, ProgressMonitor monitor, String action, Runnable progress) {
        while (true) {
            try {
                return call.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (monitor.isCancelled()) {
                    call.cancel(true);
                    throw new CancelledException();
                }
                progress.run();
            } catch (ExecutionException e) {
                throw S3Failures.of(e.getCause(), config, action);
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createParent(Path file) throws IOException {
        PrivateFiles.createDirectories(file.getParent());
        return file;
    }

    private record CachedManifest(String eTag, BackupManifest manifest) {
    }
}
