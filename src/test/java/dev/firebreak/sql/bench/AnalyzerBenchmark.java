package dev.firebreak.sql.bench;

import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.MigrationAnalyzer;
import dev.firebreak.sql.RuleSettings;
import dev.firebreak.sql.SourceFile;
import dev.firebreak.sql.lex.Lexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** In-process throughput over the generated corpus (bench/generate_corpus.py); bench/jmh.sh turns ops/s into MB/s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AnalyzerBenchmark {
    @Param("bench/work/corpus")
    public String corpus;

    List<SourceFile> files;
    private final MigrationAnalyzer analyzer = new MigrationAnalyzer(RuleSettings.defaults());

    @Setup
    public void load() throws IOException {
        files = read(Path.of(corpus));
    }

    static List<SourceFile> read(Path corpus) throws IOException {
        try (Stream<Path> tree = Files.list(corpus)) {
            return tree.sorted().map(file -> {
                try {
                    return new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Lexer alone, one thread. */
    @Benchmark
    public int lex() {
        int tokens = 0;
        for (SourceFile file : files) {
            tokens += Lexer.lex(file.content()).size();
        }
        return tokens;
    }

    /** Lex, split, parse and every rule, one file at a time on one thread. */
    @Benchmark
    public int lexAndRulesOneThread() {
        int findings = 0;
        for (SourceFile file : files) {
            findings += analyzer.analyze(List.of(file)).findings().size();
        }
        return findings;
    }

    /** The whole corpus as one change set, as {@code firebreak lint DIR} analyses it (parsing on all cores). */
    @Benchmark
    public AnalysisReport changeSet() {
        return analyzer.analyze(files);
    }
}
