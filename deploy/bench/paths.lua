-- wrk script: requests the paths listed in a file, one per line, in turn (e.g. many story pages).
-- Usage: BENCH_PATHS=/tmp/paths.txt wrk ... -s deploy/bench/paths.lua http://host:port
dofile("deploy/bench/latency.lua")

local paths = {}
local next_path = 1

init = function(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end

request = function()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, path)
end
