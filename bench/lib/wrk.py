"""Runs wrk (Debian's package) with one of the Lua scripts here and reads its JSON line."""

import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def run(url, script, connections, duration, env=None, threads=2, timeout_s=10):
    """Returns wrk's numbers: requests, throughput, latency percentiles in ms, errors."""
    parts = []
    for name in (script, "pace.lua", "report.lua"):
        with open(os.path.join(HERE, name)) as part:
            parts.append(part.read())
    lua = "\n".join(parts)
    path = os.path.join("/tmp", f"bench-{os.getpid()}-{script}")
    with open(path, "w") as out:
        out.write(lua)
    full_env = dict(os.environ)
    full_env.update(env or {})
    threads = min(threads, connections)
    args = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", f"{timeout_s}s",
            "-s", path, url]
    done = subprocess.run(args, env=full_env, capture_output=True, text=True, timeout=duration + 120)
    line = next((l for l in done.stdout.splitlines() if l.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result: {done.stdout} {done.stderr}")
    raw = json.loads(line[len("BENCH_JSON "):])
    seconds = raw["duration_us"] / 1e6
    latency = {k: round(v / 1000, 2) for k, v in raw["latency_us"].items()}
    errors = raw["errors"]
    return {
        "connections": connections,
        "think_ms": int((env or {}).get("BENCH_THINK_MS", 0)),
        "duration_s": round(seconds, 1),
        "requests": raw["requests"],
        "throughput_rps": round(raw["requests"] / seconds, 1),
        "latency_ms": latency,
        "errors": sum(errors.values()),
        "error_detail": errors,
    }
