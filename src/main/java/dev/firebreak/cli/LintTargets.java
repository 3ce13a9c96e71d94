package dev.firebreak.cli;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.sql.MigrationFiles;
import dev.firebreak.sql.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files {@code firebreak lint PATH…} reads, in change-set order: a file named on the command line is always
 * read; a directory contributes its SQL and recognised migration files, sorted naturally (V2 before V10).
 */
final class LintTargets {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", "build", ".venv", "venv");

    private LintTargets() {
    }

    /**
     * @param keep only files it accepts (the changed-since filter)
     * @param err  where notes about undecodable bytes go
     */
    static List<SourceFile> collect(List<String> paths, List<String> extraGlobs, Predicate<Path> keep, PrintWriter err) {
        List<SourceFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                // reading and decoding thousands of files is most of a lint run: use every core, keep the order
                walk(path).parallelStream()
                        .filter(keep)
                        .map(file -> new SourceFile(file.toString(), read(file, err)))
                        .filter(file -> MigrationFiles.isCandidate(file.path(), file.content(), extraGlobs))
                        .forEachOrdered(files::add);
            } else if (Files.isRegularFile(path)) {
                if (keep.test(path)) {
                    files.add(new SourceFile(given, read(path, err)));
                }
            } else {
                throw new UserFacingException(given + ": no such file or directory");
            }
        }
        return files;
    }

    /** Regular files below {@code directory}, naturally sorted; dependency and build directories are not entered. */
    private static List<Path> walk(Path directory) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean skip = !dir.equals(directory) && SKIPPED_DIRECTORIES.contains(String.valueOf(dir.getFileName()));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        found.add(file.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UserFacingException(directory + ": cannot be listed: " + e.getMessage());
        }
        found.sort(NaturalOrder.INSTANCE);
        return found.stream().map(Path::of).toList();
    }

    /**
     * UTF-8, or UTF-16/UTF-32 when a byte order mark says so (editors on Windows write UTF-16); a UTF-8 file with
     * invalid bytes is still linted, with U+FFFD in their place and a note on stderr.
     */
    static String read(Path file, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException(file + ": cannot be read: " + e.getMessage());
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != ByteOrderMark.UTF_8_OR_NONE) {
            return new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
        }
        int skip = bom.length(bytes);
        String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8); // U+FFFD marks a possibly bad file
        if (text.indexOf('\uFFFD') >= 0 && !validUtf8(bytes)) {
            err.println("firebreak: " + file + ": not valid UTF-8; invalid bytes replaced by U+FFFD and the file linted anyway");
        }
        return text;
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
