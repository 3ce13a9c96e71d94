package dev.firebreak.prepush;

/** An added or modified text file in the outgoing range, with the content that will leave. */
public record ChangedFile(String path, String content) {
}
