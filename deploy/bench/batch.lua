-- Alertmanager webhook payloads of 50 alerts each, one group, random fingerprints.
local key = os.getenv("ALERTMANAGER_KEY")
wrk.method = "POST"

-- Every thread draws its own keys: unseeded, each thread's Lua state would repeat the same ones.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(os.time() * 1000 + id)
end
wrk.headers["Content-Type"] = "application/json"
request = function()
  local alerts = {}
  for i = 1, 50 do
    alerts[i] = '{"status":"firing","labels":{"alertname":"Bench","instance":"i' .. i ..
      '","severity":"warning"},"annotations":{"summary":"压测批量告警"},"startsAt":"2026-01-01T00:00:00Z","fingerprint":"fp-' ..
      math.random(1, 1000000) .. '"}'
  end
  local body = '{"version":"4","groupKey":"bench","status":"firing","receiver":"bench","alerts":[' ..
    table.concat(alerts, ",") .. ']}'
  return wrk.format(nil, "/api/v1/intake/alertmanager/" .. key, nil, body)
end
