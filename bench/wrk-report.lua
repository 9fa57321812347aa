-- wrk's summary as one line for bench/pages.sh: requests/s, p50 and p99 in ms, responses other than 2xx/3xx,
-- socket errors (connect, read, write, timeout).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end
