#!/usr/bin/env bash
# Runs every test: the backend (format, architecture rules, @QuarkusTest against a real
# PostgreSQL 17), the SPA (format, lint, types, API types, unit tests) and end to end (Debian's
# Chromium against the whole stack with the real Keycloak, on ports of its own).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
began=$(date +%s)

echo "== 1/3 backend: mvn verify"
mvn -B -ntp verify

echo "== 2/3 SPA: format, lint, types, API types, unit tests, build"
(
  cd frontend
  npm ci --no-audit --no-fund --loglevel=error
  npm run check
  npm run build
)

echo "== 3/3 end to end: Chromium against PostgreSQL, Keycloak, backend and SPA"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "No browser at $chromium: install Debian's chromium package (.ci/run does)." >&2
    exit 1
  fi
  echo "WARNING: no browser at $chromium, end-to-end tests NOT run (apt-get install chromium)." >&2
  exit 0
fi

home="$(mktemp -d "${TMPDIR:-/tmp}/kuailv-e2e.XXXXXX")"
export KUAILV_HOME="$home" KUAILV_HTTP_PORT=18080 KUAILV_KEYCLOAK_PORT=18180 KUAILV_DB_PORT=15433 KUAILV_SMTP_PORT=12525
java -Xmx256m -jar deploy/local/target/kuailv-local-stack.jar >"$home/stack.log" 2>&1 &
stack=$!
stop_stack() {
  kill "$stack" 2>/dev/null || true
  wait "$stack" 2>/dev/null || true
  rm -rf "$home"
}
trap stop_stack EXIT

for _ in $(seq 1 300); do
  [ -f "$home/ready" ] && break
  if ! kill -0 "$stack" 2>/dev/null; then
    cat "$home/stack.log" >&2
    exit 1
  fi
  sleep 1
done
if [ ! -f "$home/ready" ]; then
  echo "The stack was not ready within 300 s:" >&2
  cat "$home/stack.log" >&2
  exit 1
fi
grep -E "ready in" "$home/stack.log" || true

(cd frontend && CHROMIUM_PATH="$chromium" E2E_BASE_URL="http://localhost:$KUAILV_HTTP_PORT" npm run e2e)

echo "== all tests passed in $(($(date +%s) - began)) s"
