package dev.firebreak.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encoding a byte order mark announces; without one a migration is read as UTF-8. */
enum ByteOrderMark {
    UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
    UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00), // before UTF-16LE: it starts with the same two bytes
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_8_OR_NONE(StandardCharsets.UTF_8);

    private static final int[] UTF_8_MARK = {0xEF, 0xBB, 0xBF};

    private final Charset charset;
    private final int[] mark;

    ByteOrderMark(Charset charset, int... mark) {
        this.charset = charset;
        this.mark = mark;
    }

    static ByteOrderMark of(byte[] bytes) {
        for (ByteOrderMark bom : values()) {
            if (bom.mark.length > 0 && startsWith(bytes, bom.mark)) {
                return bom;
            }
        }
        return UTF_8_OR_NONE;
    }

    Charset charset() {
        return charset;
    }

    /** Bytes the mark takes. */
    int length() {
        return mark.length;
    }

    /** For UTF-8: 3 when the file starts with the UTF-8 mark, else 0. */
    int length(byte[] bytes) {
        return this == UTF_8_OR_NONE ? (startsWith(bytes, UTF_8_MARK) ? 3 : 0) : mark.length;
    }

    private static boolean startsWith(byte[] bytes, int[] mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
