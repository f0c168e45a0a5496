-- GET one page, with a cookie when BENCH_COOKIE is set (the owner's session).
local cookie = os.getenv("BENCH_COOKIE")
local path = os.getenv("BENCH_PATH") or "/"
local headers = {}
if cookie and cookie ~= "" then headers["Cookie"] = cookie end

function request()
  return wrk.format("GET", path, headers)
end
