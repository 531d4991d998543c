#!/usr/bin/env bash
# Runs the whole test suite. Embedded MariaDB and Redis start by themselves; set TEST_DB_URL /
# TEST_REDIS_HOST (see README) to use external servers instead.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -ntp verify "$@"
