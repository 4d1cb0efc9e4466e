#!/usr/bin/env bash
# The benchmark of issue 6: autogen against its peers on synthetic schemas of N tables.
# Usage: bench/run.sh [SIZES] [RUNS]   e.g. bench/run.sh 100,1000,5000 5
#        bench/run.sh introspect [N] [ROUNDS]   times the introspector alone (IntrospectBench)
# BENCH_LIQUIBASE: the sizes at which Liquibase's snapshot is timed once (default 1000; empty: none)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust; database `test` to connect to while the
# bench database `autogen_bench` is created and dropped), psql, pg_dump, javac, git and /usr/bin/time.
# Writes the results between the markers of docs/performance.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
main=BenchMain
if [ "${1:-}" = introspect ]; then
  main=IntrospectBench
  shift
  introspect_args=("${1:-1000}" "${2:-5}")
  set --
fi
sizes="${1:-100,1000}"
runs="${2:-5}"
for tool in psql pg_dump javac git /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install postgresql-client time git)" >&2; exit 2; }
done
# the jar as a user runs it: rebuilt from the checkout's current sources
(cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true) >&2
(cd "$here" && mvn -B -q package dependency:build-classpath \
  -Dmdep.outputFile=target/deps.classpath -Dmdep.includeScope=runtime) >&2
deps="$(tr ':' '\n' < "$here/target/deps.classpath" | grep -v '/autogen.jar$' | paste -sd: -)"
if [ "$main" = IntrospectBench ]; then
  exec java -Xmx1g -Dbench.root="$root" \
    -cp "$here/target/classes:$root/target/autogen.jar" dev.autogen.bench.IntrospectBench \
    "${introspect_args[@]}"
fi
exec java -Xmx1g \
  -Dbench.root="$root" \
  -Dbench.sizes="$sizes" -Dbench.runs="$runs" \
  -Dbench.liquibase="${BENCH_LIQUIBASE-1000}" \
  -Dbench.command="bench/run.sh $sizes $runs" \
  -Dbench.peerClasspath="$here/target/classes:$deps" \
  -Dbench.stageClasspath="$here/target/classes:$root/target/autogen.jar" \
  -cp "$here/target/classes" dev.autogen.bench.BenchMain
