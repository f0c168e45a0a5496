#!/usr/bin/env python3
"""Plex Invite's benchmarks: see docs/benchmarks.md. Started by bench/run, which builds the jar first."""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))

import procs  # noqa: E402
import report  # noqa: E402
import scenarios  # noqa: E402
import stack  # noqa: E402

SCENARIOS = {
    "public": scenarios.public_pages,
    "burst": scenarios.burst_of_invites,
    "owner": scenarios.big_database,
    "startup": scenarios.start_up,
}


def arguments():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("scenarios", nargs="*", default=list(SCENARIOS),
                   help="which to run (default: all four, in this order: " + ", ".join(SCENARIOS) + ")")
    p.add_argument("--jar", default=os.path.join(root, "target", "plex-invite.jar"))
    p.add_argument("--out", help="results folder (default: bench/results/<UTC time>)")
    p.add_argument("--java", help="java 21+ (default: JAVA_HOME, then /usr/lib/jvm)")
    p.add_argument("--java-opts", help="JVM flags for the app (default: the Dockerfile's JAVA_OPTS)")
    p.add_argument("--duration", type=int, default=30, help="seconds per measured load run (30)")
    p.add_argument("--warmup", type=int, default=10, help="seconds of unreported load before each page (10)")
    p.add_argument("--clients", type=int, nargs="+", default=[50, 200], help="concurrent clients (50 200)")
    p.add_argument("--think", type=int, default=1000,
                   help="ms a visitor reads between requests in the second run of each client count (1000)")
    p.add_argument("--burst-requests", type=int, default=2000)
    p.add_argument("--burst-window", type=int, default=60, help="seconds over which they arrive (60)")
    p.add_argument("--burst-latency", type=int, default=300, help="plex.tv latency in ms (300)")
    p.add_argument("--burst-concurrency", type=int, default=4,
                   help="plex.tv calls the simulator allows at once; more are answered 429 (4)")
    p.add_argument("--burst-workers", type=int, default=64)
    p.add_argument("--seed-requests", type=int, default=1_000_000)
    p.add_argument("--seed-people", type=int, default=10_000)
    p.add_argument("--owner-clients", type=int, default=2,
                   help="owners' browsers asking at once, each signed in on its own (2)")
    p.add_argument("--owner-pages", nargs="+",
                   default=["/admin", "/admin/users", "/admin/requests", "/admin/stats", "/admin/audit"])
    p.add_argument("--startup-runs", type=int, default=3)
    p.add_argument("--startup-max-ram", default=None,
                   help="start-up: the memory Java believes it has (-XX:MaxRAM), e.g. 1g for a small machine; "
                        "default: this machine's")
    cfg = p.parse_args()
    cfg.root = root
    unknown = [name for name in cfg.scenarios if name not in SCENARIOS]
    if unknown:
        p.error("unknown scenario " + ", ".join(unknown) + "; choose from " + ", ".join(SCENARIOS))
    cfg.jar = os.path.abspath(cfg.jar)
    cfg.java = cfg.java or procs.find_java()
    cfg.java_opts = cfg.java_opts.split() if cfg.java_opts is not None else stack.dockerfile_java_opts(root)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    cfg.out = os.path.abspath(cfg.out or os.path.join(root, "bench", "results", stamp))
    return cfg


def machine(cfg):
    with open("/proc/cpuinfo") as cpuinfo:
        model = next((l.split(":", 1)[1].strip() for l in cpuinfo if l.startswith("model name")), "?")
    with open("/proc/meminfo") as meminfo:
        mem_kb = int(meminfo.readline().split()[1])
    java = subprocess.run([cfg.java, "-version"], capture_output=True, text=True).stderr.splitlines()
    commit = subprocess.run(["git", "-C", cfg.root, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return {"cpu": model, "cores": os.cpu_count(), "memory_gb": round(mem_kb / 2**20, 1),
            "kernel": platform.release(), "java": java[0] if java else "?", "java_opts": " ".join(cfg.java_opts),
            "commit": commit, "wrk": (wrk.stdout or wrk.stderr).splitlines()[0], "python": platform.python_version()}


def main():
    cfg = arguments()
    os.makedirs(cfg.out, exist_ok=True)
    print(f"bench: results in {cfg.out}", flush=True)
    cfg.password_hash = stack.hash_password(cfg.java, cfg.jar)
    results = {"machine": machine(cfg), "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    for name in cfg.scenarios or SCENARIOS:
        print(f"bench: {name}", flush=True)
        started = time.monotonic()
        results[name] = SCENARIOS[name](cfg)
        results[name]["scenario_seconds"] = round(time.monotonic() - started)
        with open(os.path.join(cfg.out, "results.json"), "w") as out:
            json.dump(results, out, indent=2)
    with open(os.path.join(cfg.out, "report.md"), "w") as out:
        out.write(report.markdown(results))
    print(report.markdown(results))


if __name__ == "__main__":
    main()
