-- One event per request, PagerDuty-Events-v2 shape, random dedup keys in one group.
local key = os.getenv("EVENTS_KEY")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local dedup = "bench-" .. math.random(1, 200000)
  return wrk.format(nil, "/api/v1/events",
    nil,
    '{"routing_key":"' .. key .. '","event_action":"trigger","dedup_key":"' .. dedup ..
    '","payload":{"summary":"压测告警","source":"bench","severity":"warning","group":"bench"}}')
end
