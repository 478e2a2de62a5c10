// Sends trigger, acknowledge, resolve and a change event with PagerDuty's official client, unchanged,
// to the host in PDJS_SERVER (host:port; the client always speaks https), and prints one JSON line:
// each call's HTTP status and answer body. NODE_EXTRA_CA_CERTS makes Node trust the gateway's CA.
const pd = require("@pagerduty/pdjs");

const server = process.env.PDJS_SERVER;
const routingKey = process.env.ROUTING_KEY;
const dedupKey = process.env.DEDUP_KEY;
const result = (answer) => ({ status: answer.status, data: answer.data });

(async () => {
  const answers = {};
  answers.trigger = result(
    await pd.trigger({
      server,
      data: {
        routing_key: routingKey,
        dedup_key: dedupKey,
        payload: {
          summary: "pdjs：订单接口 5xx 比例超过 20%",
          source: "oms-pdjs",
          severity: "critical",
          custom_details: "Triggered metrics: http_5xx_ratio=0.27",
        },
      },
    }),
  );
  answers.acknowledge = result(
    await pd.acknowledge({ server, data: { routing_key: routingKey, dedup_key: dedupKey } }),
  );
  answers.resolve = result(
    await pd.resolve({ server, data: { routing_key: routingKey, dedup_key: dedupKey } }),
  );
  answers.change = result(
    await pd.change({
      server,
      data: {
        routing_key: routingKey,
        payload: {
          summary: "oms-pdjs 发布 v5.2.0",
          source: "oms-pdjs",
          timestamp: new Date().toISOString(),
          custom_details: { build: 520 },
        },
        links: [{ href: "https://ci.example/oms/520", text: "CI 520" }],
      },
    }),
  );
  answers.invalid = result(
    await pd.trigger({ server, data: { routing_key: routingKey, payload: { summary: " " } } }),
  );
  console.log(JSON.stringify(answers));
  process.exit(0); // the client leaves a 30 s timer behind after a failed request
})().catch((failure) => {
  console.error(failure);
  process.exit(2);
});
