-- The public request form's POST: a new e-mail address every time, with the CSRF cookie and the
-- form's token (BENCH_COOKIE, BENCH_CSRF, both read once from the form by the harness).
local token = os.getenv("BENCH_CSRF")
local cookie = os.getenv("BENCH_COOKIE")
local prefix = os.getenv("BENCH_PREFIX") or "load"
local threads = 0
local counter = 0

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local body = "_csrf=" .. token .. "&code=&identifier=" .. prefix .. "-" .. thread_id .. "-" .. counter
    .. "%40example.com"
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie}, body)
end

