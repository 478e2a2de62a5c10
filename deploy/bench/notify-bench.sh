#!/usr/bin/env bash
# Benchmark of notification delivery, on this machine, against the real stack:
#  baseline: the loopback receivers alone, taking as many posts as the storm makes (node);
#  (a) a storm: 200 alerts open 200 incidents; each notifies the command center and the technical
#      team and pages the on-duty tech (3 notices) on two channels (a signed DingTalk robot and a
#      Standard Webhooks receiver for each of the two groups): 1,200 deliveries; target: all received
#      within 10 s of the first alert, none twice;
#  (b) on an idle system, 20 incidents one at a time: from the incident's report to the receiver's
#      answer, p99 ≤ 1 s.
# Needs: the build (mvn -DskipTests package), node and psql (Debian: postgresql-client).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

home="$(mktemp -d "${TMPDIR:-/tmp}/kuailv-bench.XXXXXX")"
export KUAILV_HOME="$home" KUAILV_HTTP_PORT=28080 KUAILV_KEYCLOAK_PORT=28180 KUAILV_DB_PORT=25432 KUAILV_SMTP_PORT=22525
export KUAILV_INTAKE_RATE_PER_SECOND=10000000
java -Xmx256m -jar deploy/local/target/kuailv-local-stack.jar >"$home/stack.log" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null; wait $stack 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 1 300); do
  [ -f "$home/ready" ] && break
  kill -0 "$stack" 2>/dev/null || { cat "$home/stack.log"; exit 1; }
  sleep 1
done
export PGPASSWORD=kuailv BENCH_HOME="$home" BENCH_BASE="http://127.0.0.1:$KUAILV_HTTP_PORT"
export BENCH_PSQL="psql -q -t -A -h 127.0.0.1 -p $KUAILV_DB_PORT -U kuailv -d kuailv -v ON_ERROR_STOP=1"
node deploy/bench/notify-storm.mjs
