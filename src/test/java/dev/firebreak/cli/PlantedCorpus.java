package dev.firebreak.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark corpus of {@code bench/generate_corpus.py}, ported line for line (CI machines have Maven, not
 * necessarily Python): the same migrations, traps and planting rates, and the same destructive templates, which
 * {@link GeneratedCorpusLintTest} checks against the Python file's text. Unlike the script, it records where each
 * planted statement lands, so a test can ask for exactly those findings.
 */
final class PlantedCorpus {
    /** One statement planted to be found: the finding's file name, line and rule. */
    record Planted(String file, int line, String rule) {
    }

    /**
     * A destructive template of the generator; {@code {t}} is a table that exists before the change set.
     *
     * @param findingLine the template line (0-based) the finding belongs on: the DROP inside a DO block, the DROP
     *                    action of an ALTER TABLE split over lines
     */
    record Template(String rule, String sql, int findingLine) {
    }

    private static final String[] WORDS = ("account invoice order payment customer product shipment refund coupon session audit event "
            + "ticket review tenant plan subscription address warehouse stock").split(" ");
    private static final String[] TYPES = {"bigint", "integer", "text", "varchar(255)", "boolean", "timestamptz",
            "numeric(12,2)", "jsonb", "uuid"};
    private static final String[] NOTES = {"it''s fine", "plain", "DROP TABLE users; -- just text", "O''Brien", "semi;colon"};

    static final List<Template> DESTRUCTIVE = List.of(
            new Template("drop-table", "DROP TABLE IF EXISTS {t};\n", 0),
            new Template("drop-table", "drop   table\n    {t};\n", 0),
            new Template("drop-table", "DROP\tTABLE \"{t}\" ;\n", 0),
            new Template("drop-column", "ALTER TABLE {t} DROP COLUMN legacy_flag;\n", 0),
            new Template("drop-column", "alter table {t}\n  drop legacy_note;\n", 1),
            new Template("truncate", "TRUNCATE {t};\n", 0),
            new Template("delete-without-where", "DELETE FROM {t};\n", 0),
            new Template("update-without-where", "UPDATE {t} SET amount = 0;\n", 0),
            new Template("drop-table", "DO $$\nBEGIN\n    DROP TABLE {t};\nEND\n$$;\n", 2));

    private final Random rng;
    private final List<Planted> planted = new ArrayList<>();
    private final List<Template> used = new ArrayList<>();

    PlantedCorpus(long seed) {
        this.rng = new Random(seed);
    }

    /** Writes {@code V<n>__<word>.sql} for n = 1 … files into {@code dir}. */
    void write(Path dir, int files) throws IOException {
        for (int n = 1; n <= files; n++) {
            List<Planted> plantedHere = new ArrayList<>();
            StringBuilder text = migration(n, plantedHere);
            // the script names the file after writing the migration: the random draws come in the same order
            String file = "V" + n + "__" + choice(WORDS) + ".sql";
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
            plantedHere.forEach(p -> planted.add(new Planted(file, p.line(), p.rule())));
        }
    }

    List<Planted> planted() {
        return List.copyOf(planted);
    }

    /** The destructive templates planted at least once. */
    List<Template> used() {
        return List.copyOf(used);
    }

    /** One migration; {@code plantedHere} gets the line and rule of each statement planted in it. */
    private StringBuilder migration(int n, List<Planted> plantedHere) {
        StringBuilder text = new StringBuilder();
        text.append("-- Migration ").append(n).append(": generated for the firebreak benchmark\n").append("BEGIN;\n");
        String name = tableName() + "_" + n;
        text.append(createTable(name));
        index(name, text, plantedHere);
        text.append(seedRows(name)).append(function(name));
        text.append("ALTER TABLE ").append(name).append(" ADD COLUMN note text;\n");
        text.append("UPDATE ").append(name).append(" SET note = 'x' WHERE id < 10;\n");
        text.append("/* history: DROP TABLE ").append(name).append("_old was done in 2019 /* nested */ */\n");
        if (rng.nextDouble() < .15) {
            Template template = DESTRUCTIVE.get(rng.nextInt(DESTRUCTIVE.size()));
            if (!used.contains(template)) {
                used.add(template);
            }
            plantedHere.add(new Planted(null, nextLine(text) + template.findingLine(), template.rule()));
            text.append(template.sql().replace("{t}", "legacy_" + choice(WORDS) + "s"));
        }
        return text.append("COMMIT;\n");
    }

    /** The 1-based number of the line the next text appended starts on. */
    private static int nextLine(StringBuilder text) {
        return 1 + (int) text.chars().filter(c -> c == '\n').count();
    }

    private String tableName() {
        return choice(WORDS) + "_" + choice(WORDS) + "s";
    }

    private String createTable(String name) {
        List<String> cols = new ArrayList<>();
        int count = randint(4, 14);
        for (int i = 0; i < count; i++) {
            cols.add("    " + choice(WORDS) + "_" + i + " " + choice(TYPES) + (rng.nextDouble() < .3 ? " NOT NULL" : ""));
        }
        return "CREATE TABLE IF NOT EXISTS public." + name + " (\n    id bigserial PRIMARY KEY,\n" + String.join(",\n", cols)
                + ",\n    created_at timestamptz NOT NULL DEFAULT now()\n);\n"
                + "COMMENT ON TABLE public." + name + " IS 'Holds " + name + "; do not DROP TABLE " + name + " without a backup';\n";
    }

    private String seedRows(String name) {
        List<String> rows = new ArrayList<>();
        int count = randint(10, 40);
        for (int i = 0; i < count; i++) {
            String note = choice(NOTES);
            rows.add("    (" + i + ", '" + choice(WORDS) + " " + note + "', " + randint(0, 1_000_000) + ", now())");
        }
        return "INSERT INTO " + name + " (id, label, amount, created_at) VALUES\n" + String.join(",\n", rows) + ";\n";
    }

    private static String function(String name) {
        return "CREATE OR REPLACE FUNCTION purge_" + name + "() RETURNS trigger AS $fn$\nBEGIN\n"
                + "    DELETE FROM " + name + " WHERE created_at < now() - interval '90 days';\n"
                + "    -- DROP TABLE " + name + ";\n    RETURN NEW;\nEND;\n$fn$ LANGUAGE plpgsql;\n";
    }

    /** Mostly CONCURRENTLY; a plain index on the table just created blocks nobody; one on a legacy table is planted. */
    private void index(String name, StringBuilder text, List<Planted> plantedHere) {
        double roll = rng.nextDouble();
        if (roll < .7) {
            text.append("CREATE INDEX CONCURRENTLY IF NOT EXISTS ").append(name).append("_created_idx ON ").append(name)
                    .append(" (created_at);\n");
        } else if (roll < .9) {
            text.append("CREATE INDEX ").append(name).append("_label_idx ON ").append(name).append(" (label);\n");
        } else {
            plantedHere.add(new Planted(null, nextLine(text), "create-index-not-concurrently"));
            text.append("CREATE INDEX ").append(name).append("_label_idx ON legacy_").append(choice(WORDS)).append("s (label);\n");
        }
    }

    private String choice(String[] options) {
        return options[rng.nextInt(options.length)];
    }

    private int randint(int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }
}
