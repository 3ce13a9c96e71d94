package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firebreak lint} on the benchmark's own generated corpus (bench/generate_corpus.py, through its Java port
 * {@link PlantedCorpus}) finds exactly the planted statements, by file, line and rule: none of the traps (DROP TABLE
 * in comments, strings, function bodies, a plain index on the table just created) raises an alarm, and no odd
 * spelling of a planted one slips through.
 */
class GeneratedCorpusLintTest {
    /** The generator's own seed. */
    private static final long SEED = 20261201;

    @TempDir
    Path dir;

    @Test
    void lintFindsExactlyThePlantedStatementsNoMoreNoLess() throws Exception {
        Path corpusDir = Files.createDirectory(dir.resolve("corpus"));
        PlantedCorpus corpus = new PlantedCorpus(SEED);
        corpus.write(corpusDir, 300);
        assertThat(corpus.used()).as("every template is planted at least once")
                .containsExactlyInAnyOrderElementsOf(PlantedCorpus.DESTRUCTIVE);

        StringWriter out = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("lint", "--format", "json", "--repo", dir.toString(), corpusDir.toString());

        JsonNode report = new ObjectMapper().readTree(out.toString());
        List<PlantedCorpus.Planted> found = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            found.add(new PlantedCorpus.Planted(Path.of(finding.get("file").asText()).getFileName().toString(),
                    finding.get("line").asInt(), finding.get("rule").asText()));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(corpus.planted());
        assertThat(report.get("files").asInt()).isEqualTo(300);
        assertThat(exit).isEqualTo(Cli.FAILED);
    }

    /** The port plants what the script plants: each template appears, as Python writes it, in the script. */
    @Test
    void thePortPlantsTheGeneratorsOwnTemplates() throws Exception {
        String script = Files.readString(Path.of("bench/generate_corpus.py"));
        for (PlantedCorpus.Template template : PlantedCorpus.DESTRUCTIVE) {
            assertThat(script).contains("(\"" + template.rule() + "\", \"" + pythonEscaped(template.sql()) + "\")");
        }
        assertThat(script).contains("if rng.random() < .15:", "if roll < .7:", "if roll < .9:",
                "random.Random(" + SEED + ")");
    }

    private static String pythonEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
    }
}
