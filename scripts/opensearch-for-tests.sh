#!/usr/bin/env bash
# A local OpenSearch for the *OpenSearchIT tests (DD004), without Docker: the integ-test-zip distribution
# and the analysis-common module, both from Maven Central, run on this machine's JDK 21+ and listening on
# 127.0.0.1 only. Single node, no security plugin: for tests only.
#
#   scripts/opensearch-for-tests.sh start     # download once into target/opensearch, start on :19200
#   mvn verify -Dit.test='*OpenSearchIT' -Dtyollisyystalo.test.elasticsearch.uris=http://127.0.0.1:19200
#   scripts/opensearch-for-tests.sh stop
#
# OpenSearch refuses to run as root; as root the script runs it as the user opensearch-tests (created
# without a home or password if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${OPENSEARCH_VERSION:-3.4.0}"
PORT="${OPENSEARCH_PORT:-19200}"
BASE="$PWD/target/opensearch"
HOME_DIR="$BASE/opensearch-$VERSION"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

install() {
  [ -d "$HOME_DIR/modules/analysis-common" ] && return
  mkdir -p "$BASE"
  mvn -B -q dependency:copy -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" \
      -DoutputDirectory="$BASE"
  mvn -B -q dependency:copy -Dartifact="org.opensearch.plugin:analysis-common:$VERSION" -DoutputDirectory="$BASE"
  (cd "$BASE" && unzip -q -o "opensearch-$VERSION.zip")
  # The integ-test zip has no analysis-common: asciifolding, snowball, edge_ngram, truncate, ... live there
  mkdir -p "$HOME_DIR/modules/analysis-common"
  cp "$BASE/analysis-common-$VERSION.jar" "$HOME_DIR/modules/analysis-common/"
  cat > "$HOME_DIR/modules/analysis-common/plugin-descriptor.properties" <<PROPERTIES
description=Adds "built in" analyzers to OpenSearch.
version=$VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin
java.version=21
opensearch.version=$VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
PROPERTIES
}

start() {
  install
  local run=(env OPENSEARCH_JAVA_HOME="$JAVA" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m"
    "$HOME_DIR/bin/opensearch" -d -p "$BASE/opensearch.pid" -E discovery.type=single-node
    -E network.host=127.0.0.1 -E http.port="$PORT" -E transport.port=$((PORT + 100)) -E cluster.name=tt-tests)
  if [ "$(id -u)" -eq 0 ]; then
    id opensearch-tests >/dev/null 2>&1 || useradd -M -r -s /usr/sbin/nologin opensearch-tests
    chown -R opensearch-tests "$BASE"
    setpriv --reuid=opensearch-tests --regid="$(id -g opensearch-tests)" --init-groups "${run[@]}" \
      >"$BASE/start.log" 2>&1
  else
    "${run[@]}" >"$BASE/start.log" 2>&1
  fi
  for _ in $(seq 1 90); do
    if curl -fs "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; then
      echo "OpenSearch $VERSION on http://127.0.0.1:$PORT"
      return
    fi
    sleep 1
  done
  echo "OpenSearch did not start; see $HOME_DIR/logs" >&2
  exit 1
}

stop() {
  [ -f "$BASE/opensearch.pid" ] && kill "$(cat "$BASE/opensearch.pid")" && rm -f "$BASE/opensearch.pid"
  echo stopped
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
