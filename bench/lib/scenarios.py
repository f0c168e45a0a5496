"""The four scenarios of docs/benchmarks.md. Each returns a dict that goes into results.json."""

import json
import os
import subprocess
import sys
import time

import burst
import procs
import wrk
from stack import Stack

HERE = os.path.dirname(os.path.abspath(__file__))


def public_pages(cfg):
    """Scenario 1: the public form (GET) and the request POST at 50 and 200 concurrent clients."""
    stack = Stack(cfg, "1-public")
    results = {"plex_latency_ms": 0, "runs": []}
    try:
        stack.start_sim()
        stack.start_app()
        stack.owner()
        cookie, token = stack.public_form()
        post_env = {"BENCH_COOKIE": cookie, "BENCH_CSRF": token}
        # Each client count twice: as visitors who read for about --think ms between requests, then asking
        # again at once (the most the machine serves; latency is then mostly waiting in line). The GETs first,
        # and the flat-out runs last: POSTs leave thousands of invites for the pipeline to send, and that
        # background work would land in the next runs' numbers. A warm-up (JIT, pools, templates) before each
        # kind of request, not reported.
        for name, script in (("GET /", "get.lua"), ("POST /", "post.lua")):
            env = post_env if script == "post.lua" else {}
            wrk.run(stack.base + "/", script, 50, cfg.warmup, dict(env, BENCH_PREFIX="warm"))
            for think in (cfg.think, 0):
                for clients in cfg.clients:
                    run_env = dict(env, BENCH_THINK_MS=str(think), BENCH_PREFIX=f"c{clients}t{think}")
                    measured(results, f"{name} c={clients} think={think}", name, {"app": stack.app, "plexsim": stack.sim},
                             lambda: wrk.run(stack.base + "/", script, clients, cfg.duration, run_env))
    finally:
        stack.stop()
    results["app_errors_logged"] = stack.errors_logged
    return results


def burst_of_invites(cfg):
    """Scenario 2: N requests within a minute while plex.tv is slow and allows few concurrent calls."""
    stack = Stack(cfg, "2-burst", latency_ms=cfg.burst_latency, max_concurrent=cfg.burst_concurrency)
    try:
        stack.start_sim()
        stack.start_app()
        owner = stack.owner()
        cookie, token = stack.public_form()
        results = burst.run(stack, owner, cookie, token, cfg)
    finally:
        stack.stop()
    results["app_errors_logged"] = stack.errors_logged
    return results


def big_database(cfg):
    """Scenario 3: the owner's pages with 1,000,000 requests and 10,000 people stored."""
    stack = Stack(cfg, "3-big-database")
    results = {"requests": cfg.seed_requests, "people": cfg.seed_people, "runs": []}
    try:
        stack.start_sim()
        stack.start_app()  # migrates the new database
        stack.stop_app()
        started = time.monotonic()
        subprocess.run([sys.executable, os.path.join(cfg.root, "bench", "seed.py"), "--database",
                        os.path.join(stack.dir, "invites.db"), "--requests", str(cfg.seed_requests), "--people",
                        str(cfg.seed_people)], check=True)
        results["seed_seconds"] = round(time.monotonic() - started, 1)
        results["database_mb"] = round(os.path.getsize(os.path.join(stack.dir, "invites.db")) / 2**20, 1)
        results["start_seconds"] = round(stack.start_app(), 2)
        owner = stack.owner()
        # One session per wrk thread (and wrk gets one thread per client): owners do not share a browser.
        browsers = [owner] + [stack.owner(configure=False) for _ in range(cfg.owner_clients - 1)]
        env = {"BENCH_COOKIES": "|".join(browser.cookie_header() for browser in browsers)}
        for path in cfg.owner_pages:
            page_env = dict(env, BENCH_PATH=path)
            status, _, _ = owner.get(path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            wrk.run(stack.base + path, "get.lua", cfg.owner_clients, cfg.warmup, page_env, threads=cfg.owner_clients)
            measured(results, "GET " + path, "GET " + path, {"app": stack.app},
                     lambda: wrk.run(stack.base + path, "get.lua", cfg.owner_clients, cfg.duration, page_env,
                                     threads=cfg.owner_clients))
    finally:
        stack.stop()
    results["app_errors_logged"] = stack.errors_logged
    return results


def start_up(cfg):
    """Scenario 4: start-up to the first served request and idle RSS (bench/startup.py)."""
    out = os.path.join(cfg.out, "4-start-up")
    stack = Stack(cfg, "4-start-up-plexsim")
    try:
        stack.start_sim()
        subprocess.run([sys.executable, os.path.join(cfg.root, "bench", "startup.py"), "--jar", cfg.jar, "--out",
                        out, "--java", cfg.java, "--runs", str(cfg.startup_runs), "--plex-url", stack.sim_url,
                        "--plex-token", stack.sim_token, "--plex-server", stack.server_name,
                        *(["--max-ram", cfg.startup_max_ram] if cfg.startup_max_ram else [])], check=True)
    finally:
        stack.stop()
    with open(os.path.join(out, "results.json")) as results, open(os.path.join(out, "results.md")) as table:
        return {"runs": json.load(results), "markdown": table.read()}


def measured(results, label, name, processes, load):
    """Runs load() while sampling the processes; adds the run to results and prints a line."""
    with procs.Sampler(processes) as sampler:
        run = load()
    run.update({"name": name, "processes": sampler.summary()})
    results["runs"].append(run)
    lat = run["latency_ms"]
    log(f"  {label}: {run['throughput_rps']}/s p50 {lat['p50']} p95 {lat['p95']} p99 {lat['p99']} ms, "
        f"errors {run['errors']}")


def log(message):
    print(message, flush=True)
