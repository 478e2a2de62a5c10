// The storm and idle-latency measurements of notify-bench.sh (which starts the stack and sets
// BENCH_HOME, BENCH_BASE and BENCH_PSQL). Channels are stored sealed with the stack's own key,
// exactly as the API would store them; alerts arrive through the events API.
import { createCipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const base = process.env.BENCH_BASE;
const [psqlBin, ...psqlArgs] = process.env.BENCH_PSQL.split(" ");
const psql = (sql) => execFileSync(psqlBin, [...psqlArgs, "-c", sql], { encoding: "utf8" }).trim();
const key = Buffer.from(readFileSync(`${process.env.BENCH_HOME}/secrets.key`, "utf8").trim(), "base64");
const WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const DINGTALK_SECRET = "SECbench0123456789abcdef0123456789abcdef0123456789abcdef0123";

/** SecretBox's format: Base64(nonce ‖ AES-256-GCM ciphertext ‖ tag). */
function seal(text) {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([nonce, sealed]).toString("base64");
}

// ---- receivers: a DingTalk robot that checks its signature, a Standard Webhooks endpoint
const arrivals = []; // { at, incidentId, kind, id }
let verifyFailures = 0;
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    const at = Date.now();
    const url = new URL(request.url, "http://x");
    if (url.pathname === "/baseline") {
      response.statusCode = 204;
      return response.end();
    }
    if (url.pathname === "/dingtalk") {
      const ts = url.searchParams.get("timestamp");
      const sign = createHmac("sha256", DINGTALK_SECRET).update(`${ts}\n${DINGTALK_SECRET}`).digest("base64");
      if (sign !== url.searchParams.get("sign")) verifyFailures++;
      const text = JSON.parse(body).markdown.text;
      // A merged message (over the robot's 20 a minute) carries one line per notice.
      const notices = text.includes("条通知（合并发送）")
        ? text.split("\n").filter((line) => line.startsWith("- 故障 #"))
        : [text];
      for (const notice of notices) {
        const incidentId = Number(/故障 #(\d+)/.exec(notice)?.[1]);
        const kind = /新故障上报/.test(notice) ? "reported" : /呼叫接警/.test(notice) ? "paged" : "other";
        const title = /压测告警 (\S+)/.exec(notice)?.[1];
        arrivals.push({ at, incidentId, kind, title, id: `dingtalk:${incidentId}:${kind}:${notice.split("](")[0]}` });
      }
      response.setHeader("Content-Type", "application/json");
      return response.end('{"errcode":0,"errmsg":"ok"}');
    }
    const id = request.headers["webhook-id"];
    const ts = request.headers["webhook-timestamp"];
    const secret = Buffer.from(WEBHOOK_SECRET.slice(6), "base64");
    const expected = `v1,${createHmac("sha256", secret).update(`${id}.${ts}.${body}`).digest("base64")}`;
    if (expected !== request.headers["webhook-signature"]) verifyFailures++;
    const event = JSON.parse(body);
    const title = /压测告警 (\S+)/.exec(event.data.title ?? "")?.[1];
    arrivals.push({ at, incidentId: event.data.incidentId, kind: event.type, title, id: `webhook:${id}` });
    response.statusCode = 204;
    response.end();
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = server.address().port;

async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ---- baseline: the receivers alone take 1,200 posts
{
  const latencies = [];
  const started = Date.now();
  await pool(1200, 32, async () => {
    const t = Date.now();
    await fetch(`http://127.0.0.1:${port}/baseline`, { method: "POST", body: "{}" });
    latencies.push(Date.now() - t);
  });
  console.log(`baseline  receivers alone: 1200 posts in ${Date.now() - started} ms, p99 ${pct(latencies, 99)} ms`);
}

// ---- a robot and a webhook for each group notified (the command center and the technical team),
// sealed with the stack's key; an EVENTS integration
const channels = ["COMMAND", "TECHNICAL"].flatMap((group) => [
  `('bench dingtalk ${group}', 'DINGTALK', '${group}', '${seal(`http://127.0.0.1:${port}/dingtalk?access_token=bench`)}', 'bench', '${seal(DINGTALK_SECRET)}', true, now(), now())`,
  `('bench webhook ${group}', 'WEBHOOK', '${group}', '${seal(`http://127.0.0.1:${port}/webhook`)}', 'bench', '${seal(WEBHOOK_SECRET)}', true, now(), now())`,
]);
psql(`insert into notification_channel (name, kind, group_code, endpoint_cipher, endpoint_hint, secret_cipher, enabled, created_at, updated_at) values
  ${channels.join(",\n  ")}`);
const routingKey = `bench-events-${randomBytes(8).toString("hex")}`;
psql(`insert into integration (name, type, key_hash, key_hint, created_at, key_rotated_at)
  values ('bench notify', 'EVENTS', '${createHash("sha256").update(routingKey).digest("hex")}', 'bench…', now(), now())`);
const send = (dedup) =>
  fetch(`${base}/api/v1/events`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      routing_key: routingKey,
      event_action: "trigger",
      dedup_key: dedup,
      payload: { summary: `压测告警 ${dedup}`, source: "bench", severity: "critical" },
    }),
  });

// ---- (a) the storm
const run = randomBytes(4).toString("hex");
const stormStart = Date.now();
await pool(200, 16, async (i) => {
  const answer = await send(`storm-${run}-${i}`);
  if (answer.status !== 202) throw new Error(`event answered ${answer.status}`);
});
const expected = 1200;
const deadline = stormStart + 60_000;
while (arrivals.filter((a) => a.kind !== "other").length < expected && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await new Promise((resolve) => setTimeout(resolve, 2000)); // anything arriving twice arrives now
const storm = arrivals.filter((a) => a.kind !== "other");
const last = Math.max(...storm.map((a) => a.at));
const twice = storm.length - new Set(storm.map((a) => a.id)).size;
const stormMs = last - stormStart;
console.log(
  `(a) storm: ${storm.length} of ${expected} deliveries received in ${stormMs} ms after the first alert` +
    ` (target ≤ 10000 ms: ${stormMs <= 10000 && storm.length >= expected ? "met" : "NOT met"}),` +
    ` ${twice} received twice, ${verifyFailures} bad signatures`,
);

const lastOf = (prefix) => Math.max(...storm.filter((a) => a.id.startsWith(prefix)).map((a) => a.at)) - stormStart;
const lastIncident =
  Number(psql(`select (extract(epoch from max(reported_at)) * 1000)::bigint from incident where title like '%storm-${run}-%'`)) - stormStart;
console.log(
  `    the 200th incident opened at ${lastIncident} ms; last webhook delivery ${lastOf("webhook:")} ms;` +
    ` last DingTalk message ${lastOf("dingtalk:")} ms (${new Set(storm.filter((a) => a.id.startsWith("dingtalk:")).map((a) => a.at)).size} messages for 600 notices: the robot takes 20 a minute: one a second, then one every 3 s)`,
);

// ---- (b) idle: one incident at a time, report → first delivery
const latencies = [];
for (let i = 0; i < 20; i++) {
  const dedup = `idle-${run}-${i}`;
  await send(dedup);
  const started = Date.now();
  const mine = () => arrivals.find((a) => a.title === dedup);
  while (!mine() && Date.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const first = mine();
  const reportedAt = Number(
    psql(`select (extract(epoch from reported_at) * 1000)::bigint from incident where id = ${first.incidentId}`),
  );
  latencies.push(first.at - reportedAt);
  await new Promise((resolve) => setTimeout(resolve, 1500));
}
const p99 = pct(latencies, 99);
console.log(
  `(b) idle: report → receiver's answer p50 ${pct(latencies, 50)} ms, p99 ${p99} ms` +
    ` (target ≤ 1000 ms: ${p99 <= 1000 ? "met" : "NOT met"})`,
);
server.close();
process.exit(0);
