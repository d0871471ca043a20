-- wrk script of the HTTP benchmark (bench/run): POSTs the bodies named after the path, in turn, one
-- per request, each thread starting at its own body; at the end prints one line of JSON that
-- HttpBenchmark reads: requests, errors, and latency percentiles in microseconds.
-- Arguments (after wrk's "--"): the URL path, then the files of the bodies.

local path
local bodies = {}
local next_body = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  for i = 2, #args do
    local file = assert(io.open(args[i], "rb"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
  next_body = id % #bodies
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, bodies[next_body])
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "p999": %d, "max": %d, "mean": %.1f}}\n',
    summary.requests, summary.duration, summary.bytes,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean))
end
