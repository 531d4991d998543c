#!/usr/bin/env bash
# Push-engine benchmark (issue 3). Usage: scripts/bench/push-bench.sh [N] [SEND_N] [--spring.prop=value ...]
#   or: scripts/bench/push-bench.sh two-counties [PER_COUNTY=20000] [--spring.prop=value ...]  (issue 10: two served counties)
# N = audience enqueued (default 1000000), SEND_N = recipients actually sent (default 20000).
# Output (a markdown table at the end) is also written to target/push-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -pl backend test-compile
CP_FILE=backend/target/bench-classpath.txt
mvn -q -B -pl backend dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
mkdir -p target
java -Xmx512m -cp "backend/target/test-classes:backend/target/classes:$(cat "$CP_FILE")" \
  cn.dengkou.bizservice.push.bench.PushBench "$@" 2>&1 | tee target/push-bench.txt
exit "${PIPESTATUS[0]}"
