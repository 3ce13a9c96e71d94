#!/bin/sh
# In-process throughput (JMH 1.37) of the lexer and of lex+rules over the generated corpus, in MB/s.
# Usage: bench/jmh.sh            (generates the corpus first if bench/work/corpus is missing)
set -eu
cd "$(dirname "$0")/.."
[ -d bench/work/corpus ] || python3 bench/generate_corpus.py
# the test classes are compiled anew: JMH's processor (profile jmh) runs only in a full compile of them
rm -rf target/test-classes
mvn -q -B -Pjmh test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dev.firebreak.sql.bench.BenchmarkMain bench/work/corpus
