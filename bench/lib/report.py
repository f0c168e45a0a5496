"""results.json as the markdown tables docs/benchmarks.md quotes."""


def markdown(r):
    out = ["# Benchmark results", ""]
    m = r["machine"]
    out += [f"{m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB, Linux {m['kernel']}; {m['java']}; "
            f"commit {m['commit']}; {m['wrk']}; started {r['started']}.", "",
            f"App JVM flags: `{m['java_opts']}`", ""]
    if "public" in r:
        out += ["## 1. Public form: GET and POST", "",
                "| request | clients | think ms | req/s | p50 ms | p95 ms | p99 ms | errors | app CPU % | app RSS MB | "
                "sim CPU % |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for run in r["public"]["runs"]:
            app, sim = run["processes"]["app"], run["processes"].get("plexsim", {})
            lat = run["latency_ms"]
            out.append(f"| {run['name']} | {run['connections']} | {run['think_ms']} | {run['throughput_rps']:.0f} | "
                       f"{lat['p50']} | {lat['p95']} | {lat['p99']} | {run['errors']} | {app['cpu_percent']} | "
                       f"{app['rss_mb_max']:.0f} | {sim.get('cpu_percent', '')} |")
        out += ["", f"ERROR lines in the application's log: {r['public'].get('app_errors_logged', '?')}.", ""]
    if "burst" in r:
        b = r["burst"]
        p, posts, dash = b["plex"], b["posts"]["latency_ms"], b["dashboard"]["latency_ms"]
        app = b["processes"]["app"]
        out += ["## 2. Burst", "",
                f"{b['requests']} requests over {b['window_s']} s; plex.tv answers in {b['plex_latency_ms']} ms "
                f"and allows {b['plex_max_concurrent']} calls at once.", "",
                "| measure | value |", "|---|---|",
                f"| bound (requests × latency ÷ concurrency, or the window, + one latency) | {b['bound_s']} s |",
                f"| every invite sent after | {b['all_sent_s']} s ({b['over_bound_percent']} % over the bound) |",
                f"| shared with / share POSTs / duplicates on plex.tv | {p['shared_with']} / {p['share_posts']} / "
                f"{p['duplicates']} |",
                f"| lost (stored requests not sent) | {b['lost']} |",
                f"| stored statuses | {b['stored']} |",
                f"| plex.tv calls per invite / answered 429 / most in flight | {p['calls_per_invite']} / "
                f"{p['throttled']} / {p['in_flight_max']} |",
                f"| request POST p50 / p95 / p99 ms (errors) | {posts.get('p50')} / {posts.get('p95')} / "
                f"{posts.get('p99')} ({b['posts']['errors']}) |",
                f"| dashboard during the burst p50 / p95 / p99 ms ({b['dashboard']['count']} views, errors) | "
                f"{dash.get('p50')} / {dash.get('p95')} / {dash.get('p99')} ({b['dashboard']['errors']}) |",
                f"| app CPU % / RSS max MB | {app['cpu_percent']} / {app['rss_mb_max']:.0f} |",
                f"| ERROR lines in the application's log | {b.get('app_errors_logged', '?')} |", ""]
    if "owner" in r:
        o = r["owner"]
        out += ["## 3. Owner's pages with a big database", "",
                f"{o['requests']:,} requests and {o['people']:,} people (seeded in {o['seed_seconds']} s, "
                f"{o['database_mb']} MB); start-up with it {o['start_seconds']} s.", "",
                "| page | clients | req/s | p50 ms | p95 ms | p99 ms | errors | app CPU % | app RSS MB |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for run in o["runs"]:
            app, lat = run["processes"]["app"], run["latency_ms"]
            out.append(f"| {run['name']} | {run['connections']} | {run['throughput_rps']:.0f} | {lat['p50']} | "
                       f"{lat['p95']} | {lat['p99']} | {run['errors']} | {app['cpu_percent']} | "
                       f"{app['rss_mb_max']:.0f} |")
        out += ["", f"ERROR lines in the application's log: {o.get('app_errors_logged', '?')}.", ""]
    if "startup" in r:
        out += ["## 4. Start-up and idle memory", "", r["startup"].get("markdown", "(see 4-start-up/results.md)"),
                ""]
    return "\n".join(out)
