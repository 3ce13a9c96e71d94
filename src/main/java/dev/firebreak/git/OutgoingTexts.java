package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * The content that leaves for each added or modified text file, decoded strictly as UTF-8: a file in another
 * encoding is listed in {@code notUtf8} rather than analyzed as garbage.
 *
 * @param contents path to content, in outgoing order
 */
public record OutgoingTexts(Map<String, String> contents, List<String> notUtf8) {
    public OutgoingTexts {
        contents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contents));
        notUtf8 = List.copyOf(notUtf8);
    }

    public static OutgoingTexts read(Repository repository, List<OutgoingFile> files) {
        Map<String, String> contents = new LinkedHashMap<>();
        List<String> notUtf8 = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            for (OutgoingFile file : files) {
                if (!file.hasNewText()) {
                    continue;
                }
                byte[] bytes = reader.open(ObjectId.fromString(file.newBlob())).getBytes();
                try {
                    contents.put(file.path(), StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException e) {
                    notUtf8.add(file.path());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutgoingTexts(contents, notUtf8);
    }
}
