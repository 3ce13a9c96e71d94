package dev.firebreak.backup.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;

/** Why a manifest could not be read, in words for a person rather than the parser's own message. */
final class ManifestProblem {
    private ManifestProblem() {
    }

    static String describe(IOException e) {
        if (e instanceof JsonProcessingException json) {
            String what = json instanceof JsonEOFException ? "unexpected end of JSON"
                    : json instanceof com.fasterxml.jackson.core.JsonParseException ? "broken JSON"
                    : "a field this version cannot read";
            JsonLocation location = json.getLocation();
            return location == null || location.getLineNr() < 1 ? what : what + " at line " + location.getLineNr();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
