#!/usr/bin/env bash
# Image worker benchmark on the project's private MariaDB and Redis (scripts/services.sh start).
#
#   bench/images.sh [--images N] [--seed S] [--workers W] [--workdir DIR] [--results FILE]
#
# N images (10,000) of 20-200 KB are generated once under <workdir>/images/files and served
# by the loopback image server (tests/support/image_server.php); a feed of N/4 products with
# 4 images each. For each scenario: a fresh Magento schema, a sync with images enabled (its
# jobs on a stream of their own), then the workers timed until the stream is done:
#   (a) 1 worker            bin/pimsync images:work --once
#   (b) W workers (4)       W processes, one consumer group
#   (c) the ceiling         1 worker, images.local_root holding the same files (no network)
# Prints images/s for each and the share of the ceiling; appends to the results file.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=10000
SEED=20240601
WORKERS=4
WORKDIR=/tmp/pimsync-bench-images
RESULTS=
: "${PIMSYNC_DB_HOST:=127.0.0.1}"
: "${PIMSYNC_DB_PORT:=33306}"
: "${PIMSYNC_DB_USER:=pimsync}"
: "${PIMSYNC_DB_PASSWORD:=pimsync}"
: "${PIMSYNC_REDIS_PORT:=36379}"
: "${PIMSYNC_BENCH_DB_PREFIX:=bench}"
export PIMSYNC_DB_HOST PIMSYNC_DB_PORT PIMSYNC_DB_USER PIMSYNC_DB_PASSWORD PIMSYNC_REDIS_PORT
DB=${PIMSYNC_BENCH_DB_PREFIX}_images

die() { echo "bench/images.sh: $*" >&2; exit 1; }
usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --images) N=${2:?}; shift 2 ;;
    --seed) SEED=${2:?}; shift 2 ;;
    --workers) WORKERS=${2:?}; shift 2 ;;
    --workdir) WORKDIR=${2:?}; shift 2 ;;
    --results) RESULTS=${2:?}; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "bench/images.sh: unknown argument $1" >&2; usage 64 ;;
  esac
done
[[ "$N" =~ ^[0-9]+$ && "$SEED" =~ ^[0-9]+$ && "$WORKERS" =~ ^[0-9]+$ && $N -gt 0 && $WORKERS -gt 0 ]] \
  || die "--images, --seed and --workers take whole numbers above 0"
[[ $PIMSYNC_BENCH_DB_PREFIX =~ ^[A-Za-z0-9_]+$ ]] || die "PIMSYNC_BENCH_DB_PREFIX: letters, digits and _ only"
[[ -f "$ROOT/modules/pimsync.so" ]] || die "build the extension first: phpize && ./configure --enable-pimsync && make -j2"
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
: "${RESULTS:=$WORKDIR/results.txt}"
RUN_DIR="$WORKDIR/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN_DIR"
LOG="$RUN_DIR/log.txt"
say() { echo "$*" | tee -a "$LOG"; }
now() { date +%s.%N; }
db() { mariadb --no-defaults --protocol=TCP -h"$PIMSYNC_DB_HOST" -P"$PIMSYNC_DB_PORT" -u"$PIMSYNC_DB_USER" -p"$PIMSYNC_DB_PASSWORD" "$@"; }
db -N -e 'SELECT 1' >/dev/null 2>&1 || die "MariaDB not reachable on $PIMSYNC_DB_HOST:$PIMSYNC_DB_PORT; run scripts/services.sh start"
redis() { redis-cli -p "$PIMSYNC_REDIS_PORT" "$@"; }
redis PING >/dev/null 2>&1 || die "Redis not reachable on port $PIMSYNC_REDIS_PORT; run scripts/services.sh start"
PIMSYNC=("$ROOT/bin/pimsync")

say "== pimsync image bench $(date -u +%FT%TZ): $N images, $WORKERS workers, seed $SEED; commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
php "$ROOT/bench/images.php" images "$WORKDIR/images" "$N" "$SEED" | tee -a "$LOG"

# the image server, on a free port, serving the files from disk
mkdir -p "$RUN_DIR/server"
php -n "$ROOT/tests/support/image_server.php" "$RUN_DIR/server" "$WORKDIR/images" > "$RUN_DIR/server/out.txt" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 200); do [[ -f "$RUN_DIR/server/port" ]] && break; sleep 0.05; done
[[ -f "$RUN_DIR/server/port" ]] || die "the image server did not start: $(cat "$RUN_DIR/server/out.txt")"
PORT=$(cat "$RUN_DIR/server/port")
FEED="$RUN_DIR/feed.jsonl"
php "$ROOT/bench/images.php" feed "$FEED" "$N" "$PORT"

# scenario NAME WORKERS [local]: fresh schema, sync, then the workers timed; prints "seconds attached"
scenario() {
  local name=$1 workers=$2 local_root=${3:-} stream="pimsync:bench-images:$PIMSYNC_BENCH_DB_PREFIX:$1" media="$RUN_DIR/media-$1"
  rm -rf "$media" && mkdir -p "$media"
  redis DEL "$stream" >/dev/null
  "$ROOT/scripts/services.sh" load-schema "$DB" >/dev/null
  php "$ROOT/bench/images.php" config "$RUN_DIR/$name.json" "$FEED" "$stream" "$media" ${local_root:+"$local_root"}
  local dsn="mysql:host=$PIMSYNC_DB_HOST;port=$PIMSYNC_DB_PORT;dbname=$DB;charset=utf8mb4"
  "${PIMSYNC[@]}" sync --config "$RUN_DIR/$name.json" --dsn "$dsn" > "$RUN_DIR/$name.sync.txt"
  local start end pids=()
  start=$(now)
  for w in $(seq "$workers"); do
    "${PIMSYNC[@]}" images:work --config "$RUN_DIR/$name.json" --dsn "$dsn" --once --consumer "bench-$w" > "$RUN_DIR/$name.worker$w.txt" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || die "a worker of $name failed: see $RUN_DIR/$name.worker*.txt"; done
  end=$(now)
  # jobs left for a retry (a failure the workers could not get past) come back after the visibility
  # timeout: the run is not done before the group has nothing pending
  local pending
  pending=$(redis XPENDING "$stream" pimsync-images | head -1)
  [[ $pending -eq 0 ]] || say "   warning: $name left $pending jobs pending (see $RUN_DIR/$name.worker*.txt)" >&2
  local attached
  attached=$(db -N "$DB" -e "SELECT COUNT(*) FROM catalog_product_entity_media_gallery_value_to_entity")
  [[ $attached -eq $N ]] || say "   warning: $name attached $attached of $N images (see $RUN_DIR/$name.worker*.txt)" >&2
  echo "$(echo "$end - $start" | bc -l) $attached"
}

say "sync + workers: 1 worker"
read -r T1 A1 < <(scenario one 1)
say "sync + workers: $WORKERS workers"
read -r TW AW < <(scenario many "$WORKERS")
say "sync + workers: the ceiling (images.local_root, no network)"
read -r TC AC < <(scenario ceiling 1 "$WORKDIR/images")

report() {
  local r1 rw rc
  r1=$(echo "$A1 / $T1" | bc -l); rw=$(echo "$AW / $TW" | bc -l); rc=$(echo "$AC / $TC" | bc -l)
  echo "== image bench results: $N images of 20-200 KB (4 per product), $(nproc) cores, $(date -u +%FT%TZ)"
  printf "   %-34s %9s %9s %10s %9s\n" scenario seconds images images/s ceiling
  printf "   %-34s %9.1f %9d %10.0f %8.0f%%\n" "1 worker (loopback HTTP)" "$T1" "$A1" "$r1" "$(echo "100 * $r1 / $rc" | bc -l)"
  printf "   %-34s %9.1f %9d %10.0f %8.0f%%\n" "$WORKERS workers (loopback HTTP)" "$TW" "$AW" "$rw" "$(echo "100 * $rw / $rc" | bc -l)"
  printf "   %-34s %9.1f %9d %10.0f %8.0f%%\n" "ceiling: 1 worker, local_root" "$TC" "$AC" "$rc" 100
}
report | tee -a "$LOG" | tee -a "$RESULTS"
echo >> "$RESULTS"
echo "appended to $RESULTS; log, configs and worker output in $RUN_DIR"
db -e "DROP DATABASE IF EXISTS \`$DB\`"
