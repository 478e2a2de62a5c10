// Opens N live streams of one incident, commits one timeline entry through PostgreSQL and reports
// how long each subscriber took to receive its event (milliseconds from just before the commit).
// Usage: node sse-fanout.mjs <baseUrl> <token> <incidentId> <subscribers> <psql command...>
import { spawnSync } from "node:child_process";

const [baseUrl, token, incidentId, count, ...psql] = process.argv.slice(2);
const subscribers = Number(count);
const controller = new AbortController();

function subscribe() {
  let markReady;
  let markEvent;
  const ready = new Promise((resolve) => (markReady = resolve));
  const event = new Promise((resolve) => (markEvent = resolve));
  (async () => {
    const response = await fetch(`${baseUrl}/api/v1/incidents/${incidentId}/stream`, {
      headers: { Authorization: `Bearer ${token}`, Accept: "text/event-stream" },
      signal: controller.signal,
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      if (buffer.includes("event:ready")) markReady();
      if (buffer.includes("event:incident.note")) {
        markEvent(performance.now());
        return;
      }
    }
  })().catch(() => {});
  return { ready, event };
}

const streams = Array.from({ length: subscribers }, subscribe);
await Promise.all(streams.map((s) => s.ready));
const sent = performance.now();
const insert = spawnSync(psql[0], [
  ...psql.slice(1),
  "-c",
  `insert into incident_timeline (incident_id, kind, actor_subject, actor_name, message, occurred_at)
   values (${incidentId}, 'NOTE', 'bench', 'bench', 'fan-out probe', now())`,
]);
if (insert.status !== 0) {
  console.error(String(insert.stderr));
  process.exit(1);
}
const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 10_000));
const latencies = (await Promise.all(streams.map((s) => Promise.race([s.event, timeout]))))
  .filter((at) => at !== null)
  .map((at) => at - sent)
  .sort((a, b) => a - b);
controller.abort();
const pick = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
console.log(
  JSON.stringify({
    subscribers,
    received: latencies.length,
    p50: pick(0.5)?.toFixed(1),
    p99: pick(0.99)?.toFixed(1),
    max: latencies.at(-1)?.toFixed(1),
  }),
);
process.exit(0);
