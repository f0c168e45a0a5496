"""Scenario 2's driver: requests arrive at a steady rate over a window (an open model: a slow answer
does not slow the arrivals), while an owner keeps the dashboard open and the simulator counts shares."""

import concurrent.futures
import http.client
import sqlite3
import threading
import time
import urllib.parse

import procs


def percentiles(values):
    if not values:
        return {}
    ordered = sorted(values)

    def at(p):
        return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 2)

    return {"p50": at(50), "p95": at(95), "p99": at(99), "max": round(ordered[-1], 2)}


class Client(threading.local):
    """One keep-alive connection per thread."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, headers=None):
        started = time.monotonic()
        try:
            self.connection.request(method, path, body=body, headers=headers or {})
            answer = self.connection.getresponse()
            answer.read()
            status = answer.status
        except (OSError, http.client.HTTPException):
            self.connection.close()
            status = 0
        return status, (time.monotonic() - started) * 1000


def run(stack, owner, cookie, token, cfg):
    n, window = cfg.burst_requests, cfg.burst_window
    latency_s, concurrency = cfg.burst_latency / 1000, cfg.burst_concurrency
    before = stack.sim_stats()
    clients = Client(stack.port)
    owner_cookie = owner.cookie_header()
    posts, dashboard = [], []
    done = threading.Event()

    def post(i, at):
        time.sleep(max(0.0, at - time.monotonic()))
        body = f"_csrf={token}&code=&identifier=" + urllib.parse.quote(f"burst-{i}@example.com")
        status, ms = clients.call("POST", "/", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Cookie": cookie})
        posts.append((status, ms))

    def watch_dashboard():
        page = Client(stack.port)
        while not done.is_set():
            status, ms = page.call("GET", "/admin", headers={"Cookie": owner_cookie})
            dashboard.append((status, ms))
            done.wait(0.5)

    watcher = threading.Thread(target=watch_dashboard, daemon=True)
    t0 = time.monotonic()
    watcher.start()
    sent_at, timeline = None, []
    bound = max(n * latency_s / concurrency, window) + latency_s
    deadline = t0 + 3 * bound + 60
    with procs.Sampler({"app": stack.app, "plexsim": stack.sim}) as sampler:
        with concurrent.futures.ThreadPoolExecutor(cfg.burst_workers) as pool:
            for i in range(n):
                pool.submit(post, i, t0 + i * window / n)
            while time.monotonic() < deadline:
                stats = stack.sim_stats()
                created = stats["shares"]["created"] - before["shares"]["created"]
                timeline.append((round(time.monotonic() - t0, 2), created))
                if created >= n:
                    sent_at = time.monotonic() - t0
                    break
                time.sleep(0.25)
    done.set()
    watcher.join()
    time.sleep(2)  # anything sent twice after the last one shows up in the counts below
    after = stack.sim_stats()
    statuses = stored_statuses(stack)
    return {
        "requests": n,
        "window_s": window,
        "plex_latency_ms": cfg.burst_latency,
        "plex_max_concurrent": concurrency,
        "bound_s": round(bound, 1),
        "all_sent_s": round(sent_at, 1) if sent_at else None,
        "over_bound_percent": round(100 * (sent_at / bound - 1), 1) if sent_at else None,
        "posts": {"count": len(posts), "errors": sum(1 for s, _ in posts if s != 302),
                  "latency_ms": percentiles([ms for _, ms in posts])},
        "dashboard": {"count": len(dashboard), "errors": sum(1 for s, _ in dashboard if s != 200),
                      "latency_ms": percentiles([ms for _, ms in dashboard])},
        "plex": {
            "calls": after["requests"] - before["requests"],
            "calls_per_invite": round((after["requests"] - before["requests"]) / n, 2),
            "throttled": after["throttled"] - before["throttled"],
            "in_flight_max": after["inFlightMax"],
            "share_posts": after["shares"]["posts"] - before["shares"]["posts"],
            "shared_with": after["shares"]["created"] - before["shares"]["created"],
            "duplicates": after["shares"]["duplicates"] - before["shares"]["duplicates"],
        },
        "stored": statuses,
        "lost": n - statuses.get("SENT", 0) - statuses.get("ALREADY_SHARED", 0),
        "timeline": timeline[:: max(1, len(timeline) // 60)],
        "processes": sampler.summary(),
    }


def stored_statuses(stack):
    """What the application recorded for the burst's addresses, read from its database file."""
    path = stack.app_env()["DATABASE_PATH"]
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
        rows = db.execute("SELECT status, COUNT(*) FROM invite_request WHERE identifier LIKE 'burst-%' "
                          "GROUP BY status").fetchall()
    return {status: count for status, count in rows}
