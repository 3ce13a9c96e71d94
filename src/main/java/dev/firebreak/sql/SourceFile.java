package dev.firebreak.sql;

/**
 * One file of a change set.
 *
 * @param path    the path as the user gave it; findings repeat it verbatim
 * @param content the decoded text
 */
public record SourceFile(String path, String content) {
}
