#!/usr/bin/env bash
# Runs the whole platform locally: builds what is missing or stale, then starts PostgreSQL,
# Keycloak, the backend and the SPA on http://localhost:8080. Ctrl-C or SIGTERM stops everything.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

stale() { # stale <output> <inputs...>: the output is missing or an input is newer
  local output="$1"
  shift
  [ ! -e "$output" ] || [ -n "$(find "$@" -newer "$output" -print -quit 2>/dev/null)" ]
}

backend_jar=backend/target/quarkus-app/quarkus-run.jar
launcher_jar=deploy/local/target/kuailv-local-stack.jar
if stale "$backend_jar" pom.xml backend/pom.xml backend/src/main deploy/local/pom.xml deploy/local/src ||
  [ ! -e "$launcher_jar" ]; then
  echo "Building the backend and the local launcher (mvn package) ..."
  mvn -B -q -DskipTests -Dspotless.check.skip=true package
  touch "$backend_jar"
fi

if stale frontend/node_modules/.package-lock.json frontend/package-lock.json; then
  echo "Installing the SPA's packages (npm ci) ..."
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi
if stale frontend/dist/index.html frontend/src frontend/public frontend/index.html frontend/package-lock.json frontend/vite.config.ts; then
  echo "Building the SPA (vite build) ..."
  (cd frontend && npm run build --silent)
fi

exec java -Xmx256m -jar "$launcher_jar"
