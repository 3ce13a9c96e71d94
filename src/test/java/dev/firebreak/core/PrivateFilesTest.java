package dev.firebreak.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only folders and files on POSIX, and (issue 13, finding 11) on a file system with ACLs and no POSIX modes. */
class PrivateFilesTest {
    @TempDir
    Path tmp;

    @Test
    void onPosixNewFoldersAre0700AndFiles0600AndARestrictedTreeHasNoGroupOrOtherBits() throws Exception {
        Path dir = PrivateFiles.createDirectories(tmp.resolve("a/b"));
        Path file = PrivateFiles.createFile(dir.resolve("journal.db"));
        Files.writeString(dir.resolve("old.log"), "x");
        Files.setPosixFilePermissions(dir.resolve("old.log"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PrivateFiles.restrictTree(tmp.resolve("a"))).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("old.log")))).isEqualTo("rw-------");
    }

    @Test
    void withoutPosixModesTheAclGrantsOnlyTheOwnerAndNothingThrows() throws Exception {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl").build())) {
            Path home = windows.getPath("C:\\Users\\ana\\AppData\\Roaming\\Firebreak");
            AclFileAttributeView root = Files.getFileAttributeView(windows.getPath("C:\\"), AclFileAttributeView.class);
            UserPrincipal everyone = windows.getUserPrincipalLookupService().lookupPrincipalByName("Everyone");
            root.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(everyone)
                    .setPermissions(AclEntryPermission.READ_DATA).build()));

            Path dir = PrivateFiles.createDirectories(home.resolve("backups"));
            Path file = PrivateFiles.createTempFile(dir, ".x", ".tmp");
            Path shared = Files.writeString(home.resolve("audit.log"), "{}");

            for (Path path : List.of(home, dir, file)) {
                AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
                assertThat(view.getAcl()).singleElement().satisfies(entry -> {
                    assertThat(entry.principal()).isEqualTo(view.getOwner());
                    assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
                    assertThat(entry.permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
                });
                assertThat(PrivateFiles.isPrivate(path)).isTrue();
            }
            assertThat(PrivateFiles.isPrivate(shared)).isFalse();
            assertThat(PrivateFiles.restrictTree(home)).isEqualTo(1);
            assertThat(PrivateFiles.isPrivate(shared)).isTrue();
        }
    }
}
