# syntax=docker/dockerfile:1
# Plex Invite in a container: built from source, run on a small JRE as a non-root user, data in /data.
#   docker build -t plex-invite .
#   docker run -d -p 5000:5000 -v plex-invite-data:/data -e PUBLIC_URL=https://invite.example.com plex-invite
# README "Deployment" explains the settings, docker-compose.yml and deploy/compose-scaled.yml.

# --- build: the jar, with the Maven wrapper, on a full JDK ---------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# Maven's downloads stay in BuildKit's cache between builds (the wrapper's Maven too).
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/plex-invite.jar extract --destination /app

# --- run: a JRE on Alpine (sqlite-jdbc carries its musl native library) --------------------------------------------
FROM eclipse-temurin:25-jre-alpine
# A fixed uid/gid so a bind-mounted data folder can be prepared with `chown 1000:1000`.
RUN addgroup -S -g 1000 plexinvite \
 && adduser -S -D -H -u 1000 -G plexinvite -s /sbin/nologin plexinvite \
 && mkdir /data && chown plexinvite:plexinvite /data
WORKDIR /app
COPY --from=build /app/lib lib
COPY --from=build /app/plex-invite.jar plex-invite.jar

# For a small machine (README "Small machines"): the serial collector (one thread, least memory), the heap bounded
# by the container's memory and kept close to what it holds, only the quick JIT compiler (C1: less CPU at start-up
# and a smaller code cache, for a lower peak throughput), smaller thread stacks. The AOT cache below was made with
# the same flags (it must be). bench/startup.py measures them.
ENV JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=60 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError" \
    DATABASE_PATH=/data/invites.db \
    PORT=5000

# The AOT cache (JEP 483/514): one training run that starts the application context and stops at once
# (spring.context.exit=onRefresh) on a throw-away database; classes are then loaded and linked from the cache,
# which roughly halves the start-up time. Made with the JRE and the flags that run it; it stays root's, read-only.
# -XX:MaxRAM=1g: the training run must not see the build machine's memory, or on a builder with more than about
# 50 GB its heap would pass 32 GB without compressed object pointers and the cache would not fit a normal container.
RUN DATABASE_PATH=/tmp/aot-training/invites.db SECRET_KEY=aot-training-only \
    java $JAVA_OPTS -XX:MaxRAM=1g -XX:AOTCacheOutput=plex-invite.aot -Dspring.context.exit=onRefresh -jar plex-invite.jar \
 && rm -rf /tmp/aot-training

USER plexinvite
VOLUME /data
EXPOSE 5000
# Readiness (the application and its database), not the whole health: plex.tv being unreachable must not mark the
# container unhealthy (requests still queue), and the check must not call plex.tv every 30 s.
# BASE_PATH (e.g. /invite) moves every page, the health endpoint included; without BASE_PATH, PUBLIC_URL's path
# is the base path (README "Configuration"), so the check derives it the same way. busybox wget is in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD base="${BASE_PATH:-$(printf %s "$PUBLIC_URL" | sed -E 's#^[A-Za-z]+://[^/]*##; s#/+$##')}"; \
      wget -q -O /dev/null "http://127.0.0.1:${PORT}${base}/actuator/health/readiness" || exit 1
# exec: Java is process 1 and gets SIGTERM (graceful shutdown). Arguments go to the jar: `docker run … backup`.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=plex-invite.aot -jar plex-invite.jar \"$@\"", "--"]
