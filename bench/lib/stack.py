"""The system under test: the Plex simulator in its own process and the packaged jar in another."""

import json
import os
import re
import secrets
import socket
import subprocess
import urllib.parse
import urllib.request

import procs
import web

OWNER = "owner"
PASSWORD = "bench-" + secrets.token_hex(8)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dockerfile_java_opts(root):
    """The JAVA_OPTS the Dockerfile recommends, so the benchmark runs what the image runs."""
    with open(os.path.join(root, "Dockerfile")) as dockerfile:
        match = re.search(r'JAVA_OPTS="([^"]*)"', dockerfile.read())
    return match.group(1).split() if match else []


class Stack:
    def __init__(self, cfg, name, latency_ms=0, max_concurrent=0, data_dir=None):
        self.cfg = cfg
        self.name = name
        self.dir = data_dir or os.path.join(cfg.out, name)
        os.makedirs(self.dir, exist_ok=True)
        self.latency_ms = latency_ms
        self.max_concurrent = max_concurrent
        self.sim = None
        self.app = None
        self.sim_url = None
        self.errors_logged = 0  # ERROR lines in the app's log, over every start

    # -- the simulator -----------------------------------------------------------------------------
    def start_sim(self):
        args = [self.cfg.java, "-XX:+UseSerialGC", "-Xmx256m", "-jar", self.cfg.jar, "plex-simulator",
                "--port=0", f"--latency={self.latency_ms}ms", f"--max-concurrent={self.max_concurrent}"]
        self.sim = procs.Proc("plexsim", args, {}, os.path.join(self.dir, "plexsim.log"), pipe_stdout=True)
        line = self.sim.read_line_with("PLEXSIM READY", timeout=120)
        # PLEXSIM READY url=<url> token=<token> server=<the rest of the line: names have spaces>
        head, self.server_name = line.split(" server=", 1)
        fields = dict(part.split("=", 1) for part in head.split()[2:])
        self.sim_url, self.sim_token = fields["url"], fields["token"]

    def sim_stats(self):
        with urllib.request.urlopen(self.sim_url + "/__plexsim/stats", timeout=10) as answer:
            return json.loads(answer.read())

    # -- the application ---------------------------------------------------------------------------
    def app_env(self):
        self.port = getattr(self, "port", None) or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        unlimited = "999999/minute"  # the most a limit takes
        return {
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "PUBLIC_URL": self.base,
            "DATABASE_PATH": os.path.join(self.dir, "invites.db"),
            "ADMIN_USERNAME": OWNER,
            "ADMIN_PASSWORD_HASH": self.cfg.password_hash,
            "PLEX_TV_URL": self.sim_url,
            "PLEX_CLIENTS_URL": self.sim_url,
            "PLEX_APP_URL": self.sim_url,
            "PLEX_TOKEN": self.sim_token,
            "PLEX_SERVER_NAME": self.server_name,
            # One machine plays every visitor: the per-client and total limits would stop the load.
            "RATE_LIMIT_INVITE": unlimited,
            "RATE_LIMIT_DEFAULT": unlimited,
            "RATE_LIMIT_INVITE_TOTAL": unlimited,
        }

    def start_app(self, extra_opts=()):
        args = [self.cfg.java, *self.cfg.java_opts, *extra_opts, "-jar", self.cfg.jar]
        self.app = procs.Proc("app", args, self.app_env(), os.path.join(self.dir, "app.log"))
        self.started_in = self.app.wait_http(self.base + "/actuator/health/readiness", timeout=300)
        return self.started_in

    def stop_app(self):
        if self.app:
            self.app.stop()
            self.app = None
            with open(os.path.join(self.dir, "app.log"), errors="replace") as log:
                self.errors_logged += sum(1 for line in log if " ERROR " in line)

    def stop(self):
        self.stop_app()
        if self.sim:
            self.sim.stop()
            self.sim = None

    # -- the owner ---------------------------------------------------------------------------------
    def owner(self, configure=True):
        """A signed-in owner's browser; the first one also makes every profile share all libraries."""
        browser = web.Browser(self.base)
        browser.sign_in(OWNER, PASSWORD)
        if not configure:
            return browser
        status, page, _ = browser.get("/admin/profiles")
        ids = re.findall(r'href="/admin/profiles/(\d+)"', page)
        if status != 200 or not ids:
            raise RuntimeError(f"/admin/profiles answered {status} without profiles")
        for profile in dict.fromkeys(ids):
            status, _, _ = browser.submit(f"/admin/profiles/{profile}", f"/admin/profiles/{profile}",
                                          allLibraries="true")
            if status not in (200, 302):
                raise RuntimeError(f"saving profile {profile} answered {status}")
        return browser

    def public_form(self):
        """The CSRF cookie and the form's token (quoted for a form body), as a visitor gets them."""
        visitor = web.Browser(self.base)
        status, page, _ = visitor.get("/")
        token = web.csrf_field(page)
        if status != 200 or token is None:
            raise RuntimeError(f"the public form answered {status} without a CSRF field")
        return visitor.cookie_header(), urllib.parse.quote(token, safe="")


def hash_password(java, jar):
    done = subprocess.run([java, "-jar", jar, "hash-password"], input=PASSWORD + "\n" + PASSWORD + "\n",
                          capture_output=True, text=True, timeout=120)
    lines = [l.strip() for l in done.stdout.splitlines() if l.strip().startswith("$argon2")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"bench: hash-password failed: {done.stdout} {done.stderr}")
    return lines[-1]
