#!/usr/bin/env bash
# Owner notice-list benchmark (issue 4). Usage: scripts/bench/notice-bench.sh [SECONDS] [CONNECTIONS] [--spring.prop=value ...]
#   or: scripts/bench/notice-bench.sh two-counties [SECONDS] [CONNECTIONS] ...  (issue 10: 磴口县 and 杭锦后旗, 20,000 owners each)
# Seeds 20,000 bound verified owners and 2,000 published notices, then runs wrk on the cheapest endpoint
# and on GET /api/v1/notices?page=1&size=20 as a bound owner. Needs wrk (Debian: apt-get install -y wrk).
# Output (a markdown table at the end) is also written to target/notice-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mvn -q -B -pl backend test-compile
CP_FILE=backend/target/bench-classpath.txt
mvn -q -B -pl backend dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
mkdir -p target
java -Xmx768m -cp "backend/target/test-classes:backend/target/classes:$(cat "$CP_FILE")" \
  cn.dengkou.bizservice.notice.NoticeBench "$@" 2>&1 | tee target/notice-bench.txt
exit "${PIPESTATUS[0]}"
