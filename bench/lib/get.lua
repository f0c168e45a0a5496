-- GET one page (BENCH_PATH, default /). BENCH_COOKIES: cookies separated by |, one per wrk thread (each
-- owner's browser its own session); none for a visitor.
local path = os.getenv("BENCH_PATH") or "/"
local cookies = {}
for cookie in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^|]+") do
  table.insert(cookies, cookie)
end
local headers = {}
local threads = 0

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  if #cookies > 0 then
    headers["Cookie"] = cookies[(thread_id % #cookies) + 1]
  end
end

function request()
  return wrk.format("GET", path, headers)
end
