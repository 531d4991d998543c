#!/usr/bin/env bash
# Job-alert digest fan-out benchmark (issue 11). Usage: scripts/bench/job-alert-bench.sh [ROUNDS] [SUBSCRIBERS] [JOBS] [--spring.prop=value ...]
# Seeds 20,000 subscribers (a fifth in the priority groups) and per round 500 open jobs, publishes one JobsOpened
# for them (what an import run does) and measures until every recipient, inbox message and outbox row is written.
# Output (a markdown table at the end) is also written to target/job-alert-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o -pl backend test-compile
CP_FILE=backend/target/bench-classpath.txt
mvn -q -B -o -pl backend dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
mkdir -p target
java -Xmx512m -cp "backend/target/test-classes:backend/target/classes:$(cat "$CP_FILE")" \
  cn.dengkou.bizservice.job.bench.JobAlertBench "$@" 2>&1 | tee target/job-alert-bench.txt
exit "${PIPESTATUS[0]}"
