#!/usr/bin/env bash
# Checks the committed API document the way the mini-program developers use it:
#  1. Spectral lint (spectral:oas + tag-description, miniprogram-api-docs/.spectral.yaml): 0 errors, 0 warnings;
#  2. openapi-typescript generates the client's types, and tsc type-checks a mini-program call sequence
#     against them (miniprogram-api-docs/client-check/flow.ts), so a breaking change to a response fails.
# The npm tools (versions pinned in scripts/api-tools/package-lock.json) are installed on first use into
# API_TOOLS_DIR (default ~/.cache/bizservice/api-tools) and reused while the lock file is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

tools="${API_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/bizservice/api-tools}"
if ! cmp -s scripts/api-tools/package-lock.json "$tools/package-lock.json" || [ ! -d "$tools/node_modules" ]; then
  echo "check-api: installing the API tools into $tools"
  mkdir -p "$tools"
  cp scripts/api-tools/package.json scripts/api-tools/package-lock.json "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
bin="$tools/node_modules/.bin"

echo "check-api: spectral lint miniprogram-api-docs/openapi.json"
"$bin/spectral" lint miniprogram-api-docs/openapi.json --ruleset miniprogram-api-docs/.spectral.yaml \
  --fail-severity=warn

out=backend/target/api-client
mkdir -p "$out"
echo "check-api: openapi-typescript -> $out/api.d.ts, tsc on client-check/flow.ts"
"$bin/openapi-typescript" miniprogram-api-docs/openapi.json -o "$out/api.d.ts" --silent
# openapi-fetch and the generated types are found through the tools folder and the output folder.
cat > "$out/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "strict": true, "noEmit": true, "target": "ES2020", "module": "ESNext", "moduleResolution": "Bundler",
    "lib": ["ES2020", "DOM"], "skipLibCheck": true, "types": [],
    "baseUrl": ".", "paths": { "openapi-fetch": ["$tools/node_modules/openapi-fetch"], "bizservice-api": ["./api.d.ts"] }
  },
  "files": ["$PWD/miniprogram-api-docs/client-check/flow.ts"]
}
JSON
"$bin/tsc" -p "$out/tsconfig.json"
echo "check-api: the document lints clean and the generated client type-checks"
