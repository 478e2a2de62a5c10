-- The incident list as people use it while an incident is live: random pages and filters.
local filters = {
  "",
  "&status=RESPONDING",
  "&status=REPORTED&status=ASSESSING",
  "&grade=SERIOUS",
  "&category=OTHER",
  "&sort=occurredAt,desc",
}
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(os.time() * 1000 + id)
end
request = function()
  local path = "/api/v1/incidents?size=20&page=" .. math.random(0, 99) .. filters[math.random(1, #filters)]
  return wrk.format("GET", path)
end
