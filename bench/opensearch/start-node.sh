#!/bin/sh
# Runs one OpenSearch 2.19.3 node on 127.0.0.1 in the foreground, from the Maven Central
# integ-test-zip plus the analysis-common plugin, in a temporary folder deleted when it stops
# (Ctrl-C, or kill the script's java). As root it runs the node as nobody through setpriv.
# Prints "opensearch NAME up at URL pid PID" once healthy; PID is the server's own JVM (kill -9 it).
#
# Usage: bench/opensearch/start-node.sh [--http-port 9200] [--name N] [--cluster C]
#            [--transport-port 9300] [--seed-hosts 127.0.0.1:9301,...] [--cluster-managers n1,n2]
#            [--data DIR] [--heap-mb 1024]
# Single node unless --seed-hosts is given. A two-node cluster with one replica-able pair:
#   start-node.sh --name n1 --http-port 9201 --transport-port 9301 --seed-hosts 127.0.0.1:9302 \
#       --cluster-managers n1,n2 --data /tmp/os-n1 &
#   start-node.sh --name n2 --http-port 9202 --transport-port 9302 --seed-hosts 127.0.0.1:9301 \
#       --cluster-managers n1,n2 --data /tmp/os-n2 &
# --data keeps the indices across restarts (give it for a node you kill and start again).
# Environment: MAVEN_REPO (local Maven repository, default ~/.m2/repository), OPENSEARCH_JAVA_HOME
# (a JDK 17 or 21; default: the java on the PATH).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
version=2.19.3
zip="$repo/org/opensearch/distribution/integ-test-zip/opensearch/$version/opensearch-$version.zip"
plugin="$repo/org/opensearch/plugin/analysis-common/$version/analysis-common-$version.jar"
for artifact in "org.opensearch.distribution.integ-test-zip:opensearch:$version:zip" \
        "org.opensearch.plugin:analysis-common:$version"; do
    case "$artifact" in *:zip) file="$zip" ;; *) file="$plugin" ;; esac
    [ -f "$file" ] || mvn -B -q -Dmaven.repo.local="$repo" dependency:get -Dtransitive=false \
        -Dartifact="$artifact" >&2
done
classes="$here/bundles/test-support/target/classes"
[ -f "$classes/org/vigie/testing/opensearch/StartOpenSearchNode.class" ] || \
    (cd "$here" && mvn -B -q -o -Dmaven.repo.local="$repo" -pl bundles/test-support compile >&2)
[ -n "${OPENSEARCH_JAVA_HOME:-}" ] || OPENSEARCH_JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
export OPENSEARCH_JAVA_HOME
exec java -cp "$classes" org.vigie.testing.opensearch.StartOpenSearchNode --zip "$zip" --plugin "$plugin" "$@"
