-- wrk script: each request POSTs a random line of the file named after `--` (one JSON body a line) as JSON to the
-- URL's path; done() prints one RESULT line (as paths.lua does).
local bodies = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  math.randomseed(os.time() + #bodies)
end

function request()
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[math.random(#bodies)])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.2f p99_ms=%.2f rps=%.0f requests=%d non2xx=%d socket_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6),
    summary.requests, summary.errors.status, errors))
end
