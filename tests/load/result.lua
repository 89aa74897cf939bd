-- wrk script for one URL: done() prints one RESULT line (as paths.lua does) with the non-2xx count, which fails a run.
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.2f p99_ms=%.2f rps=%.0f requests=%d non2xx=%d socket_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6),
    summary.requests, summary.errors.status, errors))
end
