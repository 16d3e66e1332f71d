#!/usr/bin/env bash
# Validates docs/events/asyncapi.yaml (and the JSON Schemas it references) with the AsyncAPI CLI.
# Needs Node.js/npm; npx fetches @asyncapi/cli on first use. Exits non-zero on any error.
set -euo pipefail
cd "$(dirname "$0")"
exec npx -y @asyncapi/cli@"${ASYNCAPI_CLI_VERSION:-latest}" validate asyncapi.yaml --fail-severity=error "$@"
