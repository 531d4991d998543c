#!/usr/bin/env bash
# Runs the whole test suite. Embedded MariaDB and Redis start by themselves; set TEST_DB_URL /
# TEST_REDIS_HOST (see README) to use external servers instead.
# First the committed API document: Spectral lint and a type-checked generated client (check-api.sh,
# installs its npm tools when missing); then mvn verify, which also checks every answer the integration
# tests receive against that document (support/ApiContract).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/check-api.sh
exec mvn -B -ntp verify "$@"
