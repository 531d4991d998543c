#!/usr/bin/env bash
# Job import benchmark (issue 11). Usage: scripts/bench/job-import-bench.sh [ROWS] [--spring.prop=value ...]
# Writes a ROWS-row (default 50,000) XLSX, imports it through job/JobImport in a JVM limited to -Xmx256m, then writes
# the same rows with a plain batched INSERT, and prints times, their ratio and peak heap (a markdown table at the end,
# also written to target/job-import-bench.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o -pl backend test-compile
CP_FILE=backend/target/bench-classpath.txt
mvn -q -B -o -pl backend dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
mkdir -p target
java -Xmx256m -cp "backend/target/test-classes:backend/target/classes:$(cat "$CP_FILE")" \
  cn.dengkou.bizservice.job.JobImportBench "$@" 2>&1 | tee target/job-import-bench.txt
exit "${PIPESTATUS[0]}"
