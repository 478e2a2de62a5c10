// Open-loop load on the incident list: requests leave at a fixed rate whether or not earlier ones
// have answered, and each latency is counted from when its request was due (so a stall counts for
// every request that waited behind it). Random pages and filters, as list-mix.lua.
// Usage: node list-openloop.mjs <base URL> <token> <requests per second> <seconds>
import http from "node:http";

const [base, token, rate, seconds] = process.argv.slice(2);
const filters = [
  "",
  "&status=RESPONDING",
  "&status=REPORTED&status=ASSESSING",
  "&grade=SERIOUS",
  "&category=OTHER",
  "&sort=occurredAt,desc",
];
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
const total = Number(rate) * Number(seconds);
const interval = 1000 / Number(rate);
const latencies = [];
let errors = 0;
let done = 0;
const start = performance.now();

function send(due) {
  const page = Math.floor(Math.random() * 100);
  const filter = filters[Math.floor(Math.random() * filters.length)];
  const request = http.get(
    `${base}/api/v1/incidents?size=20&page=${page}${filter}`,
    { agent, headers: { Authorization: `Bearer ${token}` } },
    (response) => {
      response.resume();
      response.on("end", () => {
        if (response.statusCode !== 200) errors++;
        latencies.push(performance.now() - due);
        finish();
      });
    },
  );
  request.on("error", () => {
    errors++;
    latencies.push(performance.now() - due);
    finish();
  });
}

function finish() {
  if (++done < total) return;
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  console.log(
    `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${at(1).toFixed(1)} ms,` +
      ` ${(total / elapsed).toFixed(0)} req/s achieved of ${rate}, ${errors} errors`,
  );
  agent.destroy();
}

let sent = 0;
function tick() {
  const now = performance.now();
  while (sent < total && start + sent * interval <= now) {
    send(start + sent * interval);
    sent++;
  }
  if (sent < total) setTimeout(tick, 1);
}
tick();
