# Sourced by .ci/deploy-guide and bench/cluster, from the repository's root: the stock WildFly the
# README's guide starts from (the distribution the build downloads from Maven Central), the EAR it
# deploys, PostgreSQL's address, and block, which prints the shell lines of a fenced README block.
WILDFLY_VERSION=39.0.1.Final
DIST="${HOME}/.m2/repository/org/wildfly/wildfly-dist/${WILDFLY_VERSION}/wildfly-dist-${WILDFLY_VERSION}.tar.gz"
if [ ! -f "$DIST" ]; then
    ./mvnw -B -q dependency:get -Dartifact="org.wildfly:wildfly-dist:${WILDFLY_VERSION}:tar.gz"
fi
test -f ear/target/mxdr.ear || { echo "ear/target/mxdr.ear is missing: build it first (./mvnw -B package -DskipTests)" >&2; exit 1; }

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER

block() { # the shell lines of the README's fenced block between <!-- $1:begin --> and <!-- $1:end -->
    sed -n "/^<!-- $1:begin -->\$/,/^<!-- $1:end -->\$/p" README.md | sed '1d;$d' | sed '1{/^```/d};${/^```/d}'
}
