-- One event per request, PagerDuty-Events-v2 shape, random dedup keys in one group.
local key = os.getenv("EVENTS_KEY")
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
  local dedup = "bench-" .. math.random(1, 200000)
  return wrk.format(nil, "/api/v1/events",
    nil,
    '{"routing_key":"' .. key .. '","event_action":"trigger","dedup_key":"' .. dedup ..
    '","payload":{"summary":"压测告警","source":"bench","severity":"warning","group":"bench"}}')
end
