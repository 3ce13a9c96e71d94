package dev.firebreak.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owner-only files and folders, whatever the umask: 0700 folders and 0600 files where the file system is POSIX, an
 * ACL that grants only the owner where it has ACLs (Windows). Everything Firebreak writes under its home — archives,
 * manifests, the journal, logs — goes through here, because a backup holds every row of the database it came from.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents owner-only; folders that already exist are left as they are. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (posix(absolute)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER)); // mode & ~umask: never wider
            } else {
                Files.createDirectory(absolute);
                restrict(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        return dir;
    }

    /** {@link #createDirectories}, for callers that cannot throw {@link IOException}. */
    public static Path createDirectoriesUnchecked(Path dir) {
        try {
            return createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Creates {@code file} empty and owner-only unless it exists (then it is restricted): for tools that open it later. */
    public static Path createFile(Path file) throws IOException {
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
                restrict(file);
            }
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        }
        return file;
    }

    /** A new owner-only temp file in {@code dir}. */
    public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        if (posix(dir)) {
            return Files.createTempFile(dir, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE));
        }
        Path file = Files.createTempFile(dir, prefix, suffix);
        restrict(file);
        return file;
    }

    /** Makes one existing file 0600 or folder 0700 (owner-only ACL without POSIX); symbolic links are left alone. */
    public static void restrict(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return;
        }
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (posix(path)) {
            Set<PosixFilePermission> wanted = folder ? FOLDER : FILE;
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            acl.setAcl(ownerOnly(acl, folder));
        }
    }

    /** Restricts {@code root} and everything below it; returns how many entries had to change. */
    public static int restrictTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int changed = 0;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!isPrivate(path)) {
                    restrict(path);
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Whether only the owner may read, write or enter it (always true where neither POSIX modes nor ACLs exist). */
    public static boolean isPrivate(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return true;
        }
        if (posix(path)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            return permissions.stream().noneMatch(permission -> permission.name().startsWith("GROUP_")
                    || permission.name().startsWith("OTHERS_"));
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (acl == null) {
            return true;
        }
        return acl.getAcl().equals(ownerOnly(acl, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)));
    }

    /**
     * The whole ACL of an owner-only file: one entry granting the owner everything. Setting it replaces inherited
     * entries too; on a folder the entry is inherited by what is created inside.
     */
    static List<AclEntry> ownerOnly(AclFileAttributeView view, boolean folder) throws IOException {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    private static boolean posix(Path path) {
        FileSystem fileSystem = path.getFileSystem();
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }

    /** Creation attributes for an owner-only file where POSIX modes exist; none elsewhere (restrict after creating). */
    public static FileAttribute<?>[] fileAttributes(Path where) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }
}
