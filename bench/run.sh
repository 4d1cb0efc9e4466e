#!/usr/bin/env bash
# The benchmark of issue 6: autogen against its peers on synthetic schemas of N tables.
# Usage: bench/run.sh [SIZES] [RUNS]   e.g. bench/run.sh 1000,5000 3 (the run of issue 18)
#        bench/run.sh quick               N = 1,000 only, 1 run each, no Liquibase: checks that the
#                                         whole bench works end to end (a few minutes)
#        bench/run.sh introspect [N] [ROUNDS]   times the introspector alone (IntrospectBench)
#        bench/run.sh read [N] [ROUNDS]   times entity reading alone in one JVM, wall and CPU time
#                                         (ReadBench; CPU time is what a loaded machine barely moves)
#        bench/run.sh lint [N] [ROUNDS]   times `autogen lint --skip-schema-check` on a file of N
#                                         statements (LargeMigration; 10,000 in under 5 s)
#        bench/run.sh mariadb [N] [RUNS]  `autogen -m` against `autogen diff` on an N-table MariaDB
#                                         schema (MariaDbBench); writes its own section of
#                                         docs/performance.md
# BENCH_LIQUIBASE: the sizes at which Liquibase's snapshot is timed once (default 1000; empty: none)
# BENCH_MARIADB: the sizes at which the MariaDB rows are measured in the whole run (default 1000;
# empty: none). They need MariaDB on 127.0.0.1:3306 (user root, no password) and the `mariadb`
# client; the bench creates and drops the database `autogen_bench_mariadb`.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust; database `test` to connect to while the
# bench database `autogen_bench` is created and dropped), psql, pg_dump, javac, git and /usr/bin/time.
# Writes the results between the markers of docs/performance.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
main=BenchMain
if [ "${1:-}" = quick ]; then
  export BENCH_LIQUIBASE=
  set -- 1000 1
fi
if [ "${1:-}" = read ]; then
  tables="${2:-1000}"
  rounds="${3:-3}"
  (cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true) >&2
  (cd "$here" && mvn -B -q package) >&2
  folder="${TMPDIR:-/tmp}/autogen-bench-read"
  rm -rf "$folder"
  java -cp "$here/target/classes" dev.autogen.bench.Workload "$tables" "$folder"
  echo "entity reading, N = $tables, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  # the JVM flags of ./autogen
  exec java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 \
    -cp "$here/target/classes:$root/target/autogen.jar" dev.autogen.bench.ReadBench \
    "$folder/entities-changed" "$rounds"
fi
if [ "${1:-}" = mariadb ]; then
  command -v mariadb >/dev/null || { echo "bench: the mariadb client is missing (apt-get install mariadb-client)" >&2; exit 2; }
  (cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true) >&2
  (cd "$here" && mvn -B -q compile) >&2
  exec java -Dbench.root="$root" -Dbench.sizes="${2:-1000}" -Dbench.runs="${3:-3}" \
    -Dbench.command="bench/run.sh mariadb ${2:-1000} ${3:-3}" \
    -cp "$here/target/classes" dev.autogen.bench.MariaDbBench
fi
if [ "${1:-}" = introspect ]; then
  main=IntrospectBench
  shift
  introspect_args=("${1:-1000}" "${2:-5}")
  set --
fi
if [ "${1:-}" = lint ]; then
  statements="${2:-10000}"
  rounds="${3:-3}"
  (cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true) >&2
  (cd "$here" && mvn -B -q package) >&2
  folder="${TMPDIR:-/tmp}/autogen-bench-lint"
  mapfile -t lint_args < <(java -cp "$here/target/classes" dev.autogen.bench.LargeMigration "$folder" "$statements")
  echo "lint of $statements statements (${lint_args[-1]}), --skip-schema-check, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  for round in $(seq 1 "$rounds"); do
    # exit status 1 is expected: the file has findings
    /usr/bin/time -f "round $round: %e s wall, %U s user, %S s system" \
      "$root/autogen" "${lint_args[@]}" >/dev/null || true
  done
  exit 0
fi
sizes="${1:-100,1000}"
runs="${2:-5}"
tools=(psql pg_dump javac git /usr/bin/time)
[ -n "${BENCH_MARIADB-1000}" ] && tools+=(mariadb)
for tool in "${tools[@]}"; do
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
  -Dbench.mariadb="${BENCH_MARIADB-1000}" \
  -Dbench.command="bench/run.sh $sizes $runs" \
  -Dbench.peerClasspath="$here/target/classes:$deps" \
  -Dbench.stageClasspath="$here/target/classes:$root/target/autogen.jar" \
  -cp "$here/target/classes" dev.autogen.bench.BenchMain
