#!/bin/sh
# In-process throughput (JMH 1.37) of the lexer and of lex+rules over the generated corpus, in MB/s.
# Usage: bench/jmh.sh            (generates the corpus first if bench/work/corpus is missing)
set -eu
cd "$(dirname "$0")/.."
[ -d bench/work/corpus ] || python3 bench/generate_corpus.py
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dev.firebreak.sql.bench.BenchmarkMain bench/work/corpus
