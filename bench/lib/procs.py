"""Processes under measurement: start, wait until they answer, sample CPU and RSS, stop."""

import glob
import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def find_java():
    """A java of release 21 or newer: JAVA_HOME, then /usr/lib/jvm, then PATH."""
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    candidates += sorted(glob.glob("/usr/lib/jvm/*/bin/java"), reverse=True)
    if shutil.which("java"):
        candidates.append(shutil.which("java"))
    for java in candidates:
        if os.access(java, os.X_OK) and java_release(java) >= 21:
            return java
    raise SystemExit("bench: no Java 21 or newer found (set JAVA_HOME)")


def java_release(java):
    try:
        out = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True, text=True,
                             timeout=30).stderr
    except (OSError, subprocess.SubprocessError):
        return 0
    for line in out.splitlines():
        if "java.specification.version" in line:
            return int(line.split("=")[1].strip().split(".")[0])
    return 0


def cpu_seconds(pid):
    """User + system CPU time of a process and its threads, in seconds."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_mb(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


class Sampler:
    """Samples CPU use (percent of one core) and RSS of some processes while a measurement runs."""

    def __init__(self, procs, interval=0.5):
        self.procs = {name: proc for name, proc in procs.items() if proc is not None}
        self.interval = interval
        self.samples = {name: [] for name in self.procs}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._start = {}

    def __enter__(self):
        self._t0 = time.monotonic()
        self._start = {name: cpu_seconds(proc.pid) for name, proc in self.procs.items()}
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.elapsed = time.monotonic() - self._t0
        self.cpu = {name: cpu_seconds(proc.pid) - self._start[name] for name, proc in self.procs.items()}

    def _run(self):
        while not self._stop.wait(self.interval):
            for name, proc in self.procs.items():
                try:
                    self.samples[name].append(rss_mb(proc.pid))
                except OSError:
                    pass

    def summary(self):
        result = {}
        for name in self.procs:
            rss = self.samples[name] or [rss_mb(self.procs[name].pid)]
            result[name] = {
                "cpu_percent": round(100 * self.cpu[name] / self.elapsed, 1),
                "cpu_seconds": round(self.cpu[name], 2),
                "rss_mb_max": round(max(rss), 1),
                "rss_mb_end": round(rss[-1], 1),
            }
        return result


class Proc:
    """A child process whose output goes to a log file."""

    def __init__(self, name, args, env, log_path, cwd=None, pipe_stdout=False):
        self.name = name
        self.log_path = log_path
        self.log = open(log_path, "w")
        full_env = dict(os.environ)
        full_env.update(env)
        self.started = time.monotonic()
        self.popen = subprocess.Popen(args, env=full_env, stdout=subprocess.PIPE if pipe_stdout else self.log,
                                      stderr=subprocess.STDOUT, cwd=cwd, text=True, start_new_session=True)
        self.pid = self.popen.pid

    def read_line_with(self, marker, timeout):
        """For processes whose stdout is piped: the first line containing marker."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.popen.stdout.readline()
            if not line:
                break
            self.log.write(line)
            self.log.flush()
            if marker in line:
                threading.Thread(target=self._drain, daemon=True).start()
                return line.strip()
        raise RuntimeError(f"{self.name} did not print '{marker}' (see {self.log_path})")

    def _drain(self):
        for line in self.popen.stdout:
            self.log.write(line)
        self.log.flush()

    def wait_http(self, url, timeout=180, expect=200):
        """Polls url until it answers expect; returns seconds since the process started."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.popen.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.popen.returncode} (see {self.log_path})")
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    if answer.status == expect:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.02)
        raise RuntimeError(f"{self.name} did not answer {url} within {timeout}s (see {self.log_path})")

    def stop(self, timeout=60):
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        self.log.close()
