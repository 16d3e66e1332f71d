#!/usr/bin/env bash
# Lints every service's OpenAPI document with Redocly's recommended rules (needs Node.js and the npm registry).
# The documents are written by the build: run `./mvnw -B -q package -DskipTests` first. Exits non-zero on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=()
for service in recruitment assessment training reporting; do
  doc="$service-service/target/openapi/openapi.json"
  [[ -f "$doc" ]] || { echo "missing $doc: build the services first" >&2; exit 2; }
  docs+=("$doc")
done
npx -y @redocly/cli@latest lint --format=summary "${docs[@]}"
