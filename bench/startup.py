#!/usr/bin/env python3
"""Scenario 4: start-up time to the first served request and idle memory, per JVM set-up.

    python3 bench/startup.py --jar target/plex-invite.jar --out bench/results/startup [--runs 3]

Variants (--variants, default plain,aot,small):
  plain     java -jar plex-invite.jar, no flags: what `java -jar` gives.
  extracted the jar extracted as the Dockerfile does (java -Djarmode=tools ... extract), no cache.
  aot       the extracted jar with a JDK AOT cache (JEP 483/514/515) made by a training run.
  small     the AOT cache and the recommended flags for small machines (SMALL_FLAGS, as in the Dockerfile).
A training run uses exactly the flags of the runs it serves: a cache made with other flags may be refused.

Each run: a fresh temporary data folder (DATABASE_PATH, SECRET_KEY), an environment of only PATH/HOME/LANG
plus ours (no .env: the working folder is the data folder), a free port. Timed from just before exec to the
first 200 answer of GET / and of GET /actuator/health/readiness (polled every 20 ms, 1 s timeout each); then
10 rounds of page views (/, /admin/login, a static asset the page links) and VmRSS from /proc/<pid>/status
after --idle seconds (default 30). Also reported: Spring's "Started ... in X seconds" and the process's CPU
time (user+system) at the first answer, steadier than wall time on a busy machine. SIGTERM ends each run.

Plex: the in-JVM simulator (--demo) unless --plex-url/--plex-token/--plex-server name one, or the jar has the
`plex-simulator` command (then it runs once, in its own process, for all runs; --no-simulator-process skips it).
Results: results.json and results.md (medians over --runs, and every run) in --out; the table is printed.
Python 3 standard library only.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile

# The recommended flags for a small machine (Raspberry Pi, 1 GB VPS): the Dockerfile's JAVA_OPTS, read from it so
# that the two never differ; README "Small machines" says what each does and what it was measured to save.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import procs  # noqa: E402
from stack import dockerfile_java_opts, free_port  # noqa: E402

# bcrypt (cost 4) of a throwaway password.
OWNER_HASH = "$2a$04$xxc9FtYkrNMJNqGAhMBfN.ThosFCadHukAaMLHYRrUMGSlMp6X4WO"

SMALL_FLAGS = dockerfile_java_opts(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

VARIANTS = {
    "plain": {"title": "(a) plain jar", "extracted": False, "aot": False, "flags": []},
    "extracted": {"title": "extracted jar, no cache", "extracted": True, "aot": False, "flags": []},
    "aot": {"title": "(b) AOT cache", "extracted": True, "aot": True, "flags": []},
    "small": {"title": "(c) AOT cache + small-machine flags", "extracted": True, "aot": True, "flags": SMALL_FLAGS},
}

STARTED = re.compile(r"Started \w+ in ([0-9.]+) seconds")
POLL_INTERVAL = 0.02
REQUEST_TIMEOUT = 1.0


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect())


def status_of(url, timeout=REQUEST_TIMEOUT):
    """The HTTP status of a GET (redirects not followed), or None when nothing answered."""
    try:
        with OPENER.open(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


def fetch_text(url):
    with OPENER.open(url, timeout=10) as response:
        return response.read().decode("utf-8", "replace")


def proc_status(pid, field):
    """A field of /proc/<pid>/status in MB (VmRSS, VmHWM...), or None when the process is gone."""
    try:
        return procs.rss_mb(pid, field)
    except OSError:
        return None


def base_env(data_dir, port, plex):
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "TZ") if k in os.environ}
    # An owner exists (any password: nobody signs in), else every page leads to first-run set-up.
    env.update(DATABASE_PATH=os.path.join(data_dir, "invites.db"), SECRET_KEY=secrets.token_urlsafe(32),
               PORT=str(port), ADMIN_PASSWORD_HASH=OWNER_HASH)
    if plex:
        env.update(PLEX_TV_URL=plex["url"], PLEX_CLIENTS_URL=plex["url"], PLEX_APP_URL=plex["url"],
                   PLEX_TOKEN=plex["token"], PLEX_SERVER_NAME=plex["server"])
    return env


def stop(process, timeout=60):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def train(java, launch, variant, cache, plex, args, log_dir):
    """One training run with the variant's own flags; the JVM writes the cache when it ends.

    --training refresh (the Dockerfile's way): the context starts and stops at once
    (spring.context.exit=onRefresh). --training requests: it starts, serves the page views, gets SIGTERM.
    """
    data_dir = tempfile.mkdtemp(prefix="startup-train-")
    port = free_port()
    exit_at_refresh = ["-Dspring.context.exit=onRefresh"] if args.training == "refresh" else []
    command = [java, *variant["flags"], f"-XX:AOTCacheOutput={cache}", *exit_at_refresh, "-jar", launch,
               *app_args(plex)]
    with open(os.path.join(log_dir, f"train-{os.path.basename(cache)}.log"), "w") as log:
        began = time.monotonic()
        process = subprocess.Popen(command, cwd=data_dir, env=base_env(data_dir, port, plex), stdout=log,
                                   stderr=subprocess.STDOUT)
        try:
            if args.training == "requests":
                wait_for(f"http://127.0.0.1:{port}", "/", process, args.timeout)
                page_views(f"http://127.0.0.1:{port}")
                process.send_signal(signal.SIGTERM)
            process.wait(args.timeout)
        finally:
            stop(process, timeout=600)
    shutil.rmtree(data_dir, ignore_errors=True)
    if not os.path.exists(cache):
        sys.exit(f"the training run wrote no {cache}; see {log.name}")
    print(f"  trained {os.path.basename(cache)} in {time.monotonic() - began:.0f} s "
          f"({os.path.getsize(cache) / 1e6:.0f} MB)", flush=True)


def app_args(plex):
    return [] if plex else ["--demo"]


def wait_for(base, path, process, timeout):
    """The time of the first 200 answer; an error naming the last answer (or the exit) when none comes."""
    deadline, last = time.monotonic() + timeout, None
    while time.monotonic() < deadline and process.poll() is None:
        last = status_of(base + path)
        if last == 200:
            return time.monotonic()
        time.sleep(POLL_INTERVAL)
    raise RuntimeError(f"no 200 from {base + path}: last answer {last}, exit code {process.poll()}")


def static_asset(base):
    match = re.search(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', fetch_text(base + "/"))
    match = match or re.search(r'<script[^>]+src="([^"]+)"', fetch_text(base + "/"))
    return match.group(1) if match else None


def page_views(base, rounds=10):
    asset = static_asset(base)
    paths = ["/", "/admin/login"] + ([asset] if asset else [])
    for _ in range(rounds):
        for path in paths:
            url = path if path.startswith("http") else base + (path if path.startswith("/") else "/" + path)
            if status_of(url, timeout=10) != 200:
                raise RuntimeError(f"{url} did not answer 200")
    return paths


def measure(java, launch, variant, cache, plex, args, log_path):
    data_dir = tempfile.mkdtemp(prefix="startup-run-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [java, *variant["flags"], *([f"-XX:AOTCache={cache}"] if cache else []), "-jar", launch,
               *app_args(plex)]
    result = {}
    with open(log_path, "w") as log:
        began = time.monotonic()
        process = subprocess.Popen(command, cwd=data_dir, env=base_env(data_dir, port, plex), stdout=log,
                                   stderr=subprocess.STDOUT)
        try:
            pending = {"root": "/", "readiness": "/actuator/health/readiness"}
            deadline = began + args.timeout
            while pending and time.monotonic() < deadline and process.poll() is None:
                for name, path in list(pending.items()):
                    if status_of(base + path) == 200:
                        result[f"{name}_s"] = round(time.monotonic() - began, 3)
                        if name == "root":
                            result["cpu_s"] = round(procs.cpu_seconds(process.pid), 2)
                        del pending[name]
                if pending:
                    time.sleep(POLL_INTERVAL)
            if pending:
                raise RuntimeError(f"no 200 from {sorted(pending)}, exit code {process.poll()} (see {log_path})")
            result["rss_ready_mb"] = round(proc_status(process.pid, "VmRSS"), 1)
            result["pages"] = page_views(base)
            time.sleep(args.idle)
            result["rss_idle_mb"] = round(proc_status(process.pid, "VmRSS"), 1)
            result["rss_peak_mb"] = round(proc_status(process.pid, "VmHWM"), 1)
            result["rss_anon_mb"] = round(proc_status(process.pid, "RssAnon"), 1)
            result["rss_file_mb"] = round(proc_status(process.pid, "RssFile"), 1)
        finally:
            stop(process)
    shutil.rmtree(data_dir, ignore_errors=True)
    with open(log_path) as f:
        started = STARTED.search(f.read())
    result["spring_started_s"] = float(started.group(1)) if started else None
    result["aot_cache_used"] = bool(cache) and cache_used(log_path)
    return result


def cache_used(log_path):
    """-XX:AOTCache is best effort: the JVM warns (and starts without it) when it cannot use the cache."""
    with open(log_path) as f:
        return not re.search(r"\[(warning|error)\]\[(aot|cds)", f.read())


def has_simulator_command(jar):
    with zipfile.ZipFile(jar) as archive:
        for name in archive.namelist():
            if "/plexsim/" in name and name.endswith(".class") and b"PLEXSIM READY" in archive.read(name):
                return True
    return False


def start_simulator(java, jar, log_dir):
    log = open(os.path.join(log_dir, "plex-simulator.log"), "w")
    process = subprocess.Popen([java, *SMALL_FLAGS, "-jar", jar, "plex-simulator", "--port=0"],
                               stdout=subprocess.PIPE, stderr=log, text=True, cwd=tempfile.gettempdir())
    deadline = time.monotonic() + 300
    for line in process.stdout:
        log.write(line)
        found = re.match(r"PLEXSIM READY url=(\S+) token=(\S+) server=(.+)$", line.strip())
        if found:
            plex = {"url": found.group(1), "token": found.group(2), "server": found.group(3)}
            # The rest of its output goes on to the log, so that a full pipe never blocks the simulator.
            threading.Thread(target=lambda: log.writelines(process.stdout), daemon=True).start()
            return process, plex
        if time.monotonic() > deadline:
            break
    stop(process)
    sys.exit("the plex-simulator process printed no PLEXSIM READY line; see plex-simulator.log")


def median(values):
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


FIELDS = [("root_s", "first 200 of / (s)"), ("readiness_s", "first 200 of readiness (s)"),
          ("spring_started_s", "Spring \"Started in\" (s)"), ("cpu_s", "CPU time to / (s)"),
          ("rss_ready_mb", "RSS at ready (MB)"), ("rss_idle_mb", "RSS idle (MB)"),
          ("rss_anon_mb", "of which anonymous (MB)"), ("rss_file_mb", "of which files (MB)"),
          ("rss_peak_mb", "peak RSS (MB)")]


def markdown(summary, meta):
    lines = [f"Start-up, {meta['runs']} run(s) each, median; {meta['java_version']}; {meta['cpus']} CPUs; "
             f"Plex: {meta['plex']}; idle {meta['idle_s']} s after 10 rounds of {', '.join(meta['pages'])}.", "",
             "| variant | " + " | ".join(title for _, title in FIELDS) + " |",
             "|---" * (len(FIELDS) + 1) + "|"]
    for name, entry in summary.items():
        cells = ["" if entry["median"][key] is None else f"{entry['median'][key]:g}" for key, _ in FIELDS]
        lines.append(f"| {entry['title']} | " + " | ".join(cells) + " |")
    lines += ["", "Flags:", ""]
    for name, entry in summary.items():
        lines.append(f"- {entry['title']}: `{' '.join(entry['command'])}`")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--java", help="java 21+ (default: JAVA_HOME, then /usr/lib/jvm, then PATH)")
    parser.add_argument("--idle", type=float, default=30, help="seconds idle before RSS is read (default 30)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for a start (default 300)")
    parser.add_argument("--variants", default="plain,aot,small", help="of " + ",".join(VARIANTS))
    parser.add_argument("--flags", help="flags for the small variant instead of the recommended ones (to try some)")
    parser.add_argument("--training", choices=("refresh", "requests"), default="refresh",
                        help="refresh: the training run stops once the context is up, as in the Dockerfile (default); "
                        "requests: it also serves the page views")
    parser.add_argument("--max-ram", help="-XX:MaxRAM for every run, e.g. 1g: how a machine (or container) of that "
                        "size looks to Java; default: this machine's memory")
    parser.add_argument("--plex-url")
    parser.add_argument("--plex-token")
    parser.add_argument("--plex-server")
    parser.add_argument("--no-simulator-process", action="store_true",
                        help="use --demo even when the jar has the plex-simulator command")
    args = parser.parse_args()
    # SIGTERM (or Ctrl-C) ends the run in progress through its finally: the JVM it started gets SIGTERM too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    java, jar = args.java or procs.find_java(), os.path.abspath(args.jar)
    out = os.path.abspath(args.out)
    log_dir = os.path.join(out, "logs")
    os.makedirs(log_dir, exist_ok=True)
    names = args.variants.split(",")
    if args.flags is not None:
        VARIANTS["small"]["flags"] = args.flags.split()
    if args.max_ram:
        for variant in VARIANTS.values():
            variant["flags"] = [f"-XX:MaxRAM={args.max_ram}", *variant["flags"]]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        sys.exit(f"unknown variant(s) {unknown}: use {','.join(VARIANTS)}")

    simulator, plex = None, None
    if args.plex_url or args.plex_token or args.plex_server:
        if not (args.plex_url and args.plex_token and args.plex_server):
            sys.exit("--plex-url, --plex-token and --plex-server go together")
        plex = {"url": args.plex_url, "token": args.plex_token, "server": args.plex_server}
    elif not args.no_simulator_process and has_simulator_command(jar):
        simulator, plex = start_simulator(java, jar, log_dir)
    try:
        run_all(java, jar, out, log_dir, names, plex, args)
    finally:
        if simulator:
            stop(simulator)


def run_all(java, jar, out, log_dir, names, plex, args):
    extracted = None
    if any(VARIANTS[n]["extracted"] for n in names):
        extracted = os.path.join(out, "app")
        shutil.rmtree(extracted, ignore_errors=True)
        subprocess.run([java, "-Djarmode=tools", "-jar", jar, "extract", "--destination", extracted], check=True,
                       stdout=subprocess.DEVNULL)
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    summary, pages = {}, []
    for name in names:
        variant = VARIANTS[name]
        launch = os.path.join(extracted, os.path.basename(jar)) if variant["extracted"] else jar
        cache = os.path.join(out, f"{name}.aot") if variant["aot"] else None
        print(f"{variant['title']}:", flush=True)
        if cache:
            if os.path.exists(cache):
                os.remove(cache)
            train(java, launch, variant, cache, plex, args, log_dir)
        runs = []
        for run in range(1, args.runs + 1):
            result = measure(java, launch, variant, cache, plex, args, os.path.join(log_dir, f"{name}-{run}.log"))
            pages = result.pop("pages")
            runs.append(result)
            print("  run %d: / %.2f s, readiness %.2f s, Spring %s s, CPU %.1f s, idle RSS %.0f MB" % (
                run, result["root_s"], result["readiness_s"], result["spring_started_s"], result["cpu_s"],
                result["rss_idle_mb"]), flush=True)
        summary[name] = {
            "title": variant["title"],
            "command": ["java", *variant["flags"], *([f"-XX:AOTCache={name}.aot"] if cache else []), "-jar",
                        os.path.basename(launch), *app_args(plex)],
            "median": {key: median([r.get(key) for r in runs]) for key, _ in FIELDS},
            "runs": runs,
        }
    meta = {"runs": args.runs, "java": java, "java_version": version, "cpus": os.cpu_count(), "idle_s": args.idle,
            "plex": "plex-simulator process" if plex and not args.plex_url else (plex["url"] if plex else
                                                                                "in-JVM simulator (--demo)"),
            "pages": pages, "jar": jar, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump({"meta": meta, "variants": summary}, f, indent=2)
    table = markdown(summary, meta)
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(table)
    print()
    print(table)


if __name__ == "__main__":
    main()
