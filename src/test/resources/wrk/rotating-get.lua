-- For wrk: GET the paths listed in a file, one after another and round again, each wrk thread with its own
-- signed-in session; at the end, print the figures on one line for the benchmark to read.
-- Arguments after "--": the paths file, the cookies file (one Cookie header value a line, one a thread),
-- the number of threads.

local started = 0

function setup(thread)
   started = started + 1
   thread:set("number", started)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      paths[#paths + 1] = line
   end
   local cookies = {}
   for line in io.lines(args[2]) do
      cookies[#cookies + 1] = line
   end
   wrk.headers["Cookie"] = cookies[(number - 1) % #cookies + 1]
   -- Each thread starts at its own place in the list, so threads do not ask for the same child together.
   nextPath = (number - 1) * math.floor(#paths / tonumber(args[3])) + 1
end

function request()
   local path = paths[nextPath]
   nextPath = nextPath % #paths + 1
   return wrk.format(nil, path)
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      "wrk-result requests=%d duration_us=%d bytes=%d mean_us=%.1f p50_us=%d p95_us=%d p99_us=%d max_us=%d "
         .. "connect=%d read=%d write=%d status=%d timeout=%d\n",
      summary.requests, summary.duration, summary.bytes, latency.mean, latency:percentile(50),
      latency:percentile(95), latency:percentile(99), latency.max, errors.connect, errors.read, errors.write,
      errors.status, errors.timeout))
end
