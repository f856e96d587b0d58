#!/usr/bin/env bash
# A real OpenSearch on loopback for the cluster backend's tests and benchmarks.
#
#   scripts/opensearch.sh start [NODES]   start NODES nodes (default 1) and wait until the
#                                         cluster is up; the last line printed is its base
#                                         URL, http://127.0.0.1:PORT
#   scripts/opensearch.sh stop            stop every node this script started
#   scripts/opensearch.sh kill NODE       kill one node (0-based) at once, as a crash would
#
# The distribution is OpenSearch's minimal one from Maven Central
# (org.opensearch.distribution.integ-test-zip:opensearch:VERSION:zip), fetched once with
# Maven into target/opensearch/ and unpacked there. 2.19.x is the newest line that runs
# on Java 17; set OPENSEARCH_VERSION and JAVA_HOME for another. Each node gets its own
# data and log directories under target/opensearch/run/, a 512 MB heap (OPENSEARCH_HEAP=2g
# for a benchmark's archive), HTTP and
# transport on 127.0.0.1 only, and no security plugin (the minimal distribution has
# none), so it is for tests, never for data that matters.
#
# OpenSearch refuses to run as root: as root, the nodes run as the system user
# `figcheck-opensearch`, created when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${OPENSEARCH_VERSION:-2.19.6}"
HOME_DIR="target/opensearch"
DIST="$HOME_DIR/opensearch-$VERSION"
RUN="$HOME_DIR/run"
RUN_USER="figcheck-opensearch"

die() {
  echo "opensearch.sh: $*" >&2
  exit 2
}

fetch() {
  if [ -x "$DIST/bin/opensearch" ]; then
    return
  fi
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch OpenSearch from Maven Central"
  command -v unzip >/dev/null 2>&1 || die "unzip is needed to unpack OpenSearch"
  mkdir -p "$HOME_DIR"
  echo "opensearch.sh: fetching OpenSearch $VERSION from Maven Central" >&2
  mvn -q -B dependency:copy \
    "-Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" \
    "-DoutputDirectory=$HOME_DIR" >&2 ||
    die "Maven could not fetch org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip"
  unzip -q -o "$HOME_DIR/opensearch-$VERSION.zip" -d "$HOME_DIR"
  rm -f "$HOME_DIR/opensearch-$VERSION.zip"
}

# JAVA_HOME when set, else the JDK of the `java` on the PATH.
java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then
    echo "$JAVA_HOME"
  else
    command -v java >/dev/null 2>&1 || die "Java is needed to run OpenSearch (set JAVA_HOME)"
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

as_runner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

start() {
  local nodes="${1:-1}"
  [ -f "$RUN/url" ] && die "already started ($(cat "$RUN/url")); run '$0 stop' first"
  fetch
  if [ "$(id -u)" = 0 ] && ! id "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
  fi
  rm -rf "$RUN"
  mkdir -p "$RUN"
  local http=() transport=() i
  for ((i = 0; i < nodes; i++)); do
    http+=("$(free_port)")
    transport+=("$(free_port)")
  done
  local seeds=""
  for ((i = 0; i < nodes; i++)); do
    seeds+="${seeds:+, }\"127.0.0.1:${transport[$i]}\""
  done
  for ((i = 0; i < nodes; i++)); do
    local node="$RUN/node-$i"
    mkdir -p "$node/data" "$node/logs" "$node/tmp"
    cp -r "$DIST/config" "$node/config"
    {
      echo "cluster.name: figcheck-test"
      echo "node.name: node-$i"
      echo "network.host: 127.0.0.1"
      echo "http.port: ${http[$i]}"
      echo "transport.port: ${transport[$i]}"
      echo "path.data: $PWD/$node/data"
      echo "path.logs: $PWD/$node/logs"
      # A test machine's disk may be nearly full; the cluster should still take writes.
      echo "cluster.routing.allocation.disk.threshold_enabled: false"
      if [ "$nodes" = 1 ]; then
        echo "discovery.type: single-node"
      else
        # node-0 alone manages the cluster; the others hold data. Killing one of them
        # (`kill N`) is a data node dying: the cluster keeps its manager and promotes
        # the replicas.
        echo "discovery.seed_hosts: [$seeds]"
        echo "cluster.initial_cluster_manager_nodes: [\"node-0\"]"
        if [ "$i" != 0 ]; then
          echo "node.roles: [data, ingest]"
        fi
      fi
    } >>"$node/config/opensearch.yml"
  done
  [ "$(id -u)" = 0 ] && chown -R "$RUN_USER" "$RUN" "$DIST"
  for ((i = 0; i < nodes; i++)); do
    local node="$RUN/node-$i"
    as_runner env OPENSEARCH_PATH_CONF="$PWD/$node/config" OPENSEARCH_TMPDIR="$PWD/$node/tmp" \
      OPENSEARCH_JAVA_OPTS="-Xms${OPENSEARCH_HEAP:-512m} -Xmx${OPENSEARCH_HEAP:-512m}" OPENSEARCH_JAVA_HOME="$(java_home)" \
      "$DIST/bin/opensearch" -d -p "$PWD/$node/pid" >"$node/stdout" 2>&1 ||
      die "node-$i did not start; see $node/stdout and $node/logs/"
    echo "http://127.0.0.1:${http[$i]}" >"$node/url"
  done
  local url="http://127.0.0.1:${http[0]}"
  local health="$url/_cluster/health?wait_for_nodes=$nodes&wait_for_status=yellow&timeout=5s"
  for _ in $(seq 1 60); do
    if curl -fsS "$health" 2>/dev/null | grep -q '"timed_out":false'; then
      echo "$url" >"$RUN/url"
      echo "opensearch.sh: $nodes node(s) up, OpenSearch $VERSION" >&2
      echo "$url"
      return
    fi
    sleep 2
  done
  tail -20 "$RUN/node-0/logs/"*.log >&2 2>/dev/null || true
  stop
  die "the cluster did not come up within two minutes (logs above)"
}

stop() {
  local pid
  for pidfile in "$RUN"/node-*/pid; do
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
  rm -f "$RUN/url"
}

kill_node() {
  local pidfile="$RUN/node-${1:?which node}/pid"
  [ -f "$pidfile" ] || die "node-$1 is not running"
  kill -9 "$(cat "$pidfile")"
  rm -f "$pidfile"
}

case "${1:-}" in
start) start "${2:-1}" ;;
stop) stop ;;
kill) kill_node "${2:-}" ;;
*) die "usage: $0 start [NODES] | stop | kill NODE" ;;
esac
