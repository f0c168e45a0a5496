#!/usr/bin/env bash
# Runs real Plex clients from npm against plexsim: starts Plex Invite in demo mode on 127.0.0.1,
# reads the simulator's address, the PMS address and the owner's token from the start-up banner,
# runs check.mjs, stops the app. Exit code: check.mjs's (non-zero when a check failed).
#
#   tools/interop/run.sh              # PLEX_SIM_PORT (default 32555) and PORT (default: a free one) may be set
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/target/plex-invite.jar"
sim_port="${PLEX_SIM_PORT:-32555}"
log="$(mktemp -t plexsim-interop.XXXXXX.log)"
work="$(mktemp -d -t plexsim-interop.XXXXXX)"
app_pid=""

# A java of release 21 or newer: the one on PATH, else the Temurin 25 this machine ships.
pick_java() {
	local version
	version="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)" || true
	if [[ -n "$version" && "$version" -ge 21 ]]; then
		echo java
	elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
		echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
	else
		echo "run.sh: needs Java 21+ (found ${version:-none})" >&2
		exit 2
	fi
}

free_port() {
	node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

stop_app() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap stop_app EXIT

# One line of the DemoSimulator banner, e.g. "  Demo Server (PMS)   : http://127.0.0.1:40123".
banner_value() {
	sed -n "s/^ *$1 *: *//p" "$log" | head -n 1 | tr -d '\r'
}

if [[ ! -f "$jar" ]]; then
	(cd "$root" && ./mvnw -q package -DskipTests)
fi
java_cmd="$(pick_java)"
app_port="${PORT:-$(free_port)}"

echo "Starting Plex Invite in demo mode (app 127.0.0.1:$app_port, simulator 127.0.0.1:$sim_port), log: $log"
(cd "$work" && HOST=127.0.0.1 PORT="$app_port" PLEX_SIM_PORT="$sim_port" DATABASE_PATH="$work/interop.db" \
	exec "$java_cmd" -jar "$jar" --demo) >"$log" 2>&1 &
app_pid=$!

for _ in $(seq 1 120); do
	if grep -q 'plex.tv token' "$log" && curl -fsS "http://127.0.0.1:$app_port/actuator/health" >/dev/null 2>&1; then
		break
	fi
	if ! kill -0 "$app_pid" 2>/dev/null; then
		echo "run.sh: the app stopped during start-up:" >&2
		tail -n 30 "$log" >&2
		exit 2
	fi
	sleep 1
done

export PLEX_SIM_URL="$(banner_value 'plex.tv \/ clients.plex.tv \/ app.plex.tv')"
export PLEX_PMS_URL="$(banner_value 'Demo Server (PMS)')"
export PLEX_SIM_TOKEN="$(banner_value 'owner demo-owner, plex.tv token')"
if [[ -z "$PLEX_SIM_URL" || -z "$PLEX_PMS_URL" || -z "$PLEX_SIM_TOKEN" ]]; then
	echo "run.sh: no simulator banner in $log" >&2
	tail -n 30 "$log" >&2
	exit 2
fi

cd "$here"
if [[ ! -d node_modules ]] || ! npm ls --silent >/dev/null 2>&1; then
	npm ci --no-audit --no-fund
fi
set +e
node check.mjs
status=$?
set -e
exit "$status"
