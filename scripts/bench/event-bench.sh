#!/usr/bin/env bash
# Event registration benchmark (issue 12). Usage: scripts/bench/event-bench.sh [--spring.prop=value ...]
# 1,000 distinct bound, verified owners register at the same moment for 100 seats (one thread and one request each,
# after two warm-up runs), between two runs of 1,000 guests on the cheapest endpoint; prints a markdown table and
# exits non-zero unless exactly 100 were confirmed and 900 waitlisted. Output also in target/event-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -pl backend test-compile
CP_FILE=backend/target/bench-classpath.txt
mvn -q -B -pl backend dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
mkdir -p target
java -Xmx768m -cp "backend/target/test-classes:backend/target/classes:$(cat "$CP_FILE")" \
  cn.dengkou.bizservice.event.EventBench "$@" 2>&1 | tee target/event-bench.txt
exit "${PIPESTATUS[0]}"
