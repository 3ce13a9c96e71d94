package dev.firebreak.sql.frameworks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liquibase JSON changelogs, read with a streaming JSON parser so every change keeps the line and column of its
 * name: {@code {"dropTable": {"tableName": "customers"}}}. {@code rollback} values are skipped; {@code sql} bodies
 * are analysed as SQL in place (the lexer skips JSON's backslash escapes as it does a host language's).
 */
public final class LiquibaseJson extends LiquibaseChangelog {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Set<String> CHANGE_TYPES = Set.of(CHANGES.split("\\|"));

    public LiquibaseJson(String content) {
        super(content, "//");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return List.of(); // the parser skips rollback values itself
    }

    @Override
    protected void extract() {
        try (JsonParser parser = JSON.createParser(content)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() != JsonToken.FIELD_NAME) {
                    continue;
                }
                String name = parser.currentName();
                int at = offset(parser);
                JsonToken value = parser.nextToken();
                if (name.equals("rollback")) {
                    parser.skipChildren();
                } else if (value == JsonToken.START_OBJECT && CHANGE_TYPES.contains(name)) {
                    readChange(parser, name, at);
                }
            }
        } catch (JsonProcessingException e) {
            int at = (int) Math.max(0, Math.min(content.length(), e.getLocation() == null ? 0 : e.getLocation().getCharOffset()));
            problem(at, "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** The change's scalar properties, its {@code columns}, whether it has a {@code where}, and its SQL. */
    private void readChange(JsonParser parser, String type, int at) throws IOException {
        Map<String, String> properties = new HashMap<>();
        List<String> columns = new ArrayList<>();
        boolean hasWhere = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            hasWhere |= key.equals("where");
            if (value.isScalarValue()) {
                properties.put(key, parser.getValueAsString());
                if (type.equals("sql") && key.equals("sql") && value == JsonToken.VALUE_STRING) {
                    int quote = offset(parser);
                    sql(quote + 1, closingQuote(quote + 1));
                }
            } else if (key.equals("columns") && value == JsonToken.START_ARRAY) {
                columns.addAll(columnNames(parser));
            } else {
                parser.skipChildren();
            }
        }
        change(type, properties, at, hasWhere);
        if (type.equals("dropColumn")) {
            columns.remove(properties.get("columnName")); // the documented example names its one column both ways
            for (String column : columns) { // "columns": [{"column": {"name": "phone"}}, …]
                Map<String, String> one = new HashMap<>(properties);
                one.put("columnName", column);
                change(type, one, at, false);
            }
        }
    }

    private static List<String> columnNames(JsonParser parser) throws IOException {
        List<String> names = new ArrayList<>();
        int depth = 1;
        String field = null;
        while (depth > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                break;
            }
            switch (token) {
                case START_ARRAY, START_OBJECT -> depth++;
                case END_ARRAY, END_OBJECT -> depth--;
                case FIELD_NAME -> field = parser.currentName();
                case VALUE_STRING -> {
                    if ("name".equals(field) && depth == 3) { // array > element > column object
                        names.add(parser.getText());
                    }
                }
                default -> {
                }
            }
        }
        return names;
    }

    private static int offset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    /** Where the JSON string whose body starts at {@code from} ends: at its first unescaped quote. */
    private int closingQuote(int from) {
        int i = from;
        while (i < content.length() && content.charAt(i) != '"') {
            i += content.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, content.length());
    }
}
