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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files {@code firebreak lint PATH…} reads, in change-set order: a file named on the command line is always
 * read; a directory contributes its SQL and recognised migration files, sorted naturally (V2 before V10).
 */
final class LintTargets {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", "build", ".venv", "venv");
    /** Larger files are refused before they are read: the analyzer keeps a file's tokens in memory (about 10 bytes each). */
    static final long MAX_FILE_MB = 16;

    private LintTargets() {
    }

    /**
     * @param keep only files it accepts (the changed-since filter)
     * @param err  where notes about undecodable bytes go
     */
    static List<SourceFile> collect(List<String> paths, List<String> extraGlobs, Predicate<Path> keep, PrintWriter err) {
        return collect(paths, extraGlobs, keep, err, new ArrayList<>());
    }

    /** @param skipped receives the files skipped because they are not text */
    static List<SourceFile> collect(List<String> paths, List<String> extraGlobs, Predicate<Path> keep, PrintWriter err,
                                    List<Path> skipped) {
        List<Path> notText = Collections.synchronizedList(skipped);
        List<SourceFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                // reading and decoding thousands of files is most of a lint run: use every core, keep the order
                walk(path).parallelStream()
                        .filter(keep)
                        .map(file -> readText(file, err, notText))
                        .filter(file -> file != null && MigrationFiles.isCandidate(file.path(), file.content(), extraGlobs))
                        .forEachOrdered(files::add);
            } else if (Files.isRegularFile(path)) {
                if (keep.test(path)) {
                    String text = read(path, err);
                    if (text != null) {
                        files.add(new SourceFile(given, text));
                    } else {
                        skip(path, err, notText);
                    }
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
     * invalid bytes is still linted, with U+FFFD in their place and a note on stderr. A file with NUL bytes is not
     * text: {@code null}, with a note naming it on stderr.
     */
    static String read(Path file, PrintWriter err) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_MB * 1024 * 1024) {
                throw new UserFacingException(file + " is " + Math.max(1, size / (1024 * 1024)) + " MB; Firebreak lints files up to "
                        + MAX_FILE_MB + " MB. Split it into smaller migrations, or leave it out of the paths given to lint.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException(file + ": cannot be read: " + e.getMessage());
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != ByteOrderMark.UTF_8_OR_NONE) {
            return new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
        }
        if (containsNul(bytes)) {
            return null;
        }
        int skip = bom.length(bytes);
        String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8); // U+FFFD marks a possibly bad file
        if (text.indexOf('\uFFFD') >= 0 && !validUtf8(bytes)) {
            err.println("firebreak: " + file + ": not valid UTF-8; invalid bytes replaced by U+FFFD and the file linted anyway");
        }
        return text;
    }

    /** A file found in a directory: binary or huge files that are not named {@code .sql} are not migrations, and pass silently. */
    private static SourceFile readText(Path file, PrintWriter err, List<Path> skipped) {
        boolean sql = file.toString().endsWith(".sql");
        if (!sql && sizeOf(file) > MAX_FILE_MB * 1024 * 1024) {
            return null;
        }
        String text = read(file, err);
        if (text == null) {
            if (sql) {
                skip(file, err, skipped);
            }
            return null;
        }
        return new SourceFile(file.toString(), text);
    }

    private static void skip(Path file, PrintWriter err, List<Path> skipped) {
        err.println("firebreak: skipped " + file + ": not a text file (it contains NUL bytes)");
        skipped.add(file);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UserFacingException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
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
