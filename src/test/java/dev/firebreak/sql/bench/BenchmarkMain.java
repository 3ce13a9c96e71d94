package dev.firebreak.sql.bench;

import java.nio.file.Path;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link AnalyzerBenchmark} and prints each benchmark's throughput in MB/s of migration text. */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String corpus = args.length > 0 ? args[0] : "bench/work/corpus";
        long bytes = AnalyzerBenchmark.read(Path.of(corpus)).stream()
                .mapToLong(file -> file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        var options = new OptionsBuilder().include(AnalyzerBenchmark.class.getName()).param("corpus", corpus).build();
        System.out.printf("corpus: %s, %.1f MB, %d cores%n", corpus, bytes / 1e6, Runtime.getRuntime().availableProcessors());
        for (RunResult result : new Runner(options).run()) {
            double opsPerSecond = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            // the best iteration shows what the code does on an idle core when other jobs share the machine
            double best = result.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream())
                    .mapToDouble(i -> i.getPrimaryResult().getScore()).max().orElse(0);
            System.out.printf("%-22s mean %7.1f MB/s (± %.1f), best iteration %7.1f MB/s%n",
                    result.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    opsPerSecond * bytes / 1e6, error * bytes / 1e6, best * bytes / 1e6);
        }
    }
}
