-- With BENCH_THINK_MS set, every connection waits about that long (±50 %) after each answer before its
-- next request: a visitor reading the page, instead of a client that asks again at once.
local think = tonumber(os.getenv("BENCH_THINK_MS") or "")
if think and think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end
