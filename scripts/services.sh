#!/usr/bin/env bash
# Private MariaDB + Redis for pimsync tests and benchmarks.
# Never touches a system instance: own datadir, port, socket and pid file under
# $PIMSYNC_RUN_DIR, no systemctl, no default ports.
#
#   scripts/services.sh start|stop|status|env
#   scripts/services.sh load-schema DBNAME [--staging]
set -euo pipefail

: "${PIMSYNC_RUN_DIR:=/tmp/pimsync-services}"
: "${PIMSYNC_DB_HOST:=127.0.0.1}"
: "${PIMSYNC_DB_PORT:=33306}"
: "${PIMSYNC_DB_USER:=pimsync}"
: "${PIMSYNC_DB_PASSWORD:=pimsync}"
: "${PIMSYNC_DB_NAME:=magento}"
: "${PIMSYNC_REDIS_PORT:=36379}"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIXTURES="$ROOT/tests/fixtures"
DB_DIR="$PIMSYNC_RUN_DIR/mariadb"
DB_DATA="$DB_DIR/data"
DB_SOCK="$DB_DIR/mariadb.sock"
DB_PID="$DB_DIR/mariadb.pid"
DB_LOG="$DB_DIR/mariadb.log"
REDIS_DIR="$PIMSYNC_RUN_DIR/redis"
REDIS_PID="$REDIS_DIR/redis.pid"
REDIS_LOG="$REDIS_DIR/redis.log"
WAIT_SECONDS=${PIMSYNC_WAIT_SECONDS:-60}

die() { echo "services.sh: $*" >&2; exit 1; }

# Refuse the defaults of a system instance, so a typo can never hit one.
[[ "$PIMSYNC_DB_PORT" != 3306 ]] || die "PIMSYNC_DB_PORT=3306 is the system default; pick another"
[[ "$PIMSYNC_REDIS_PORT" != 6379 ]] || die "PIMSYNC_REDIS_PORT=6379 is the system default; pick another"
case "$PIMSYNC_RUN_DIR" in /var/lib/mysql*|/var/lib/redis*|/run/mysqld*) die "refusing system dir $PIMSYNC_RUN_DIR";; esac

# Root client over our own socket (unix_socket auth for root@localhost).
db_root() { mariadb --no-defaults --socket="$DB_SOCK" -uroot "$@"; }
# The application user over TCP, as tests connect.
db_user() {
  mariadb --no-defaults --protocol=TCP -h"$PIMSYNC_DB_HOST" -P"$PIMSYNC_DB_PORT" \
    -u"$PIMSYNC_DB_USER" -p"$PIMSYNC_DB_PASSWORD" "$@"
}

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
db_running() { pid_alive "$DB_PID"; }
redis_running() { pid_alive "$REDIS_PID"; }
redis_ping() { redis-cli -h 127.0.0.1 -p "$PIMSYNC_REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

fail_with_log() {
  echo "services.sh: $1; last lines of $2:" >&2
  tail -n 30 "$2" >&2 2>/dev/null || true
  exit 1
}

start_db() {
  if db_running; then echo "mariadb already running (pid $(cat "$DB_PID"), port $PIMSYNC_DB_PORT)"; return; fi
  mkdir -p "$DB_DIR"
  if [[ ! -d "$DB_DATA/mysql" ]]; then
    echo "initialising datadir $DB_DATA"
    mariadb-install-db --no-defaults --user=root --datadir="$DB_DATA" \
      --auth-root-authentication-method=socket --skip-test-db >"$DB_DIR/install.log" 2>&1 \
      || fail_with_log "mariadb-install-db failed" "$DB_DIR/install.log"
  fi
  # Tuned for a throwaway test box: durability traded for speed (flush=2),
  # packets large enough for multi-row upserts, LOAD DATA LOCAL for benchmarks.
  setsid mariadbd --no-defaults --user=root --datadir="$DB_DATA" \
    --bind-address=127.0.0.1 --port="$PIMSYNC_DB_PORT" --socket="$DB_SOCK" \
    --pid-file="$DB_PID" --log-error="$DB_LOG" \
    --innodb-buffer-pool-size=768M --innodb-flush-log-at-trx-commit=2 \
    --innodb-log-file-size=256M --max-allowed-packet=64M --local-infile=1 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
    --skip-name-resolve --max-connections=200 >/dev/null 2>&1 &
  local i
  for ((i = 0; i < WAIT_SECONDS * 4; i++)); do
    if db_root -e 'SELECT 1' >/dev/null 2>&1; then break; fi
    sleep 0.25
  done
  db_root -e 'SELECT 1' >/dev/null 2>&1 || fail_with_log "mariadb did not accept connections within ${WAIT_SECONDS}s" "$DB_LOG"
  echo "mariadb up on 127.0.0.1:$PIMSYNC_DB_PORT (pid $(cat "$DB_PID"))"
}

ensure_user_and_db() {
  # ALL on *.* because tests create and drop pst_* databases; FILE for LOAD DATA INFILE.
  db_root <<SQL
CREATE USER IF NOT EXISTS '$PIMSYNC_DB_USER'@'127.0.0.1' IDENTIFIED BY '$PIMSYNC_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$PIMSYNC_DB_USER'@'localhost' IDENTIFIED BY '$PIMSYNC_DB_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$PIMSYNC_DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '$PIMSYNC_DB_USER'@'localhost';
SQL
  if [[ -z "$(db_root -N -e "SHOW DATABASES LIKE '$PIMSYNC_DB_NAME'")" ]]; then
    load_schema "$PIMSYNC_DB_NAME"
  else
    echo "database $PIMSYNC_DB_NAME exists; schema left as is"
  fi
}

start_redis() {
  if redis_running; then echo "redis already running (pid $(cat "$REDIS_PID"), port $PIMSYNC_REDIS_PORT)"; return; fi
  mkdir -p "$REDIS_DIR"
  # No persistence: queues in tests are disposable, and no dump may land anywhere else.
  redis-server --bind 127.0.0.1 --port "$PIMSYNC_REDIS_PORT" --dir "$REDIS_DIR" \
    --daemonize yes --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" \
    --save '' --appendonly no --protected-mode yes >/dev/null
  local i
  for ((i = 0; i < WAIT_SECONDS * 4; i++)); do
    if redis_ping; then break; fi
    sleep 0.25
  done
  redis_ping || fail_with_log "redis did not answer PING within ${WAIT_SECONDS}s" "$REDIS_LOG"
  echo "redis up on 127.0.0.1:$PIMSYNC_REDIS_PORT (pid $(cat "$REDIS_PID"))"
}

stop_pidfile() { # name pidfile
  local name=$1 pidf=$2 pid i
  if ! pid_alive "$pidf"; then echo "$name not running"; rm -f "$pidf"; return; fi
  pid=$(cat "$pidf")
  kill "$pid"
  for ((i = 0; i < WAIT_SECONDS * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || { echo "$name stopped"; rm -f "$pidf"; return; }
    sleep 0.25
  done
  die "$name (pid $pid) did not stop within ${WAIT_SECONDS}s"
}

load_schema() { # dbname [--staging]
  local db=$1 staging=${2:-}
  [[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || die "bad database name: $db"
  local schema="$FIXTURES/magento_catalog_schema.sql"
  [[ "$staging" == --staging ]] && schema="$FIXTURES/magento_catalog_schema_staging.sql"
  [[ -z "$staging" || "$staging" == --staging ]] || die "unknown option $staging"
  db_running || die "mariadb is not running; run: $0 start"
  db_root -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
  # FK checks off while loading: data rows reference each other in file order.
  { echo 'SET FOREIGN_KEY_CHECKS=0;'; cat "$schema" "$FIXTURES/magento_default_data.sql"; echo 'SET FOREIGN_KEY_CHECKS=1;'; } \
    | db_root "$db"
  echo "loaded $(basename "$schema") + default data into $db"
}

print_env() {
  local v
  for v in PIMSYNC_RUN_DIR PIMSYNC_DB_HOST PIMSYNC_DB_PORT PIMSYNC_DB_USER PIMSYNC_DB_PASSWORD PIMSYNC_DB_NAME PIMSYNC_REDIS_PORT; do
    printf 'export %s=%q\n' "$v" "${!v}"
  done
  printf 'export PIMSYNC_DB_SOCKET=%q\n' "$DB_SOCK"
}

status() {
  local rc=0
  if db_running; then echo "mariadb: running (pid $(cat "$DB_PID"), 127.0.0.1:$PIMSYNC_DB_PORT)"; else echo "mariadb: stopped"; rc=1; fi
  if redis_running; then echo "redis:   running (pid $(cat "$REDIS_PID"), 127.0.0.1:$PIMSYNC_REDIS_PORT)"; else echo "redis:   stopped"; rc=1; fi
  return $rc
}

case "${1:-}" in
  start) start_db; ensure_user_and_db; start_redis ;;
  stop) stop_pidfile redis "$REDIS_PID"; stop_pidfile mariadb "$DB_PID" ;;
  status) status ;;
  env) print_env ;;
  load-schema) [[ $# -ge 2 ]] || die "usage: $0 load-schema DBNAME [--staging]"; load_schema "$2" "${3:-}" ;;
  *) echo "usage: $0 start|stop|status|env|load-schema DBNAME [--staging]" >&2; exit 2 ;;
esac
