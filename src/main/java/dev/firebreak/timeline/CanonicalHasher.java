package dev.firebreak.timeline;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The lower-case hex SHA-256 of an entry's canonical form. Each thread keeps its buffers for the text and its UTF-8
 * bytes from one entry to the next: hashing a 100,000-entry journal makes no String and no byte array per entry (and
 * no synchronized StringBuffer). The encoder writes '?' for an unpaired surrogate, as {@link String#getBytes} does, so
 * the bytes hashed are exactly those of {@link CanonicalForm#of}.
 */
final class CanonicalHasher {
    private static final ThreadLocal<CanonicalHasher> PER_THREAD = ThreadLocal.withInitial(CanonicalHasher::new);

    private final MessageDigest sha256;
    private final Chars text = new Chars();
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer bytes = ByteBuffer.allocate(2048);

    private CanonicalHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hash(Entry entry) {
        return PER_THREAD.get().of(entry);
    }

    private String of(Entry entry) {
        text.size = 0;
        CanonicalForm.write(entry, text);
        if (bytes.capacity() < 3 * text.size) { // UTF-8 takes at most 3 bytes per UTF-16 char: never an overflow
            bytes = ByteBuffer.allocate(3 * text.size);
        }
        bytes.clear();
        utf8.reset();
        CharBuffer chars = CharBuffer.wrap(text.chars, 0, text.size);
        utf8.encode(chars, bytes, true);
        utf8.flush(bytes);
        sha256.update(bytes.array(), 0, bytes.position());
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A growing char buffer; unlike CharArrayWriter, not synchronized. */
    private static final class Chars extends Writer {
        private char[] chars = new char[1024];
        private int size;

        @Override
        public void write(char[] from, int offset, int length) {
            if (size + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, size + length));
            }
            System.arraycopy(from, offset, chars, size, length);
            size += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
