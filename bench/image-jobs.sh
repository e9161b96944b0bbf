#!/usr/bin/env bash
# What image jobs cost a sync (issue 8's bar: within 1.1 x the same sync without them).
#
#   bench/image-jobs.sh [--profile 250k|small] [--skus N] [--seed S] [--batch-size N]
#                       [--pairs P] [--workdir DIR] [--results FILE]
#
# The generated catalog gives 90 % of its products an Akeneo media file code in `image`.
# Each pair runs, each time into a fresh Magento schema:
#   (off) the first full import with images.enabled false (the image values are skipped)
#   (on)  the same import with images.enabled true: every product with an image gets its
#         job in the outbox inside the batch and on a Redis stream of its own after it
#   (on b) the unchanged re-run with images on: no job
# The order alternates between pairs (off, on; then on, off …) so a machine getting
# slower or faster shows in both. Prints each pair's on/off ratio and the median.
# Uses the catalog files bench/run.sh keeps in the same work dir (generated when absent),
# the project's MariaDB and Redis (scripts/services.sh start).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PROFILE=250k
SKUS=
SEED=20240601
BATCH=1000
PAIRS=1
WORKDIR=/tmp/pimsync-bench
RESULTS=
: "${PIMSYNC_DB_HOST:=127.0.0.1}"
: "${PIMSYNC_DB_PORT:=33306}"
: "${PIMSYNC_DB_USER:=pimsync}"
: "${PIMSYNC_DB_PASSWORD:=pimsync}"
: "${PIMSYNC_REDIS_PORT:=36379}"
: "${PIMSYNC_BENCH_DB_PREFIX:=bench}"
DB=${PIMSYNC_BENCH_DB_PREFIX}_imagejobs
STREAM="pimsync:bench:image-jobs"

die() { echo "bench/image-jobs.sh: $*" >&2; exit 1; }
usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) PROFILE=${2:?}; shift 2 ;;
    --skus) SKUS=${2:?}; shift 2 ;;
    --seed) SEED=${2:?}; shift 2 ;;
    --batch-size) BATCH=${2:?}; shift 2 ;;
    --pairs) PAIRS=${2:?}; shift 2 ;;
    --workdir) WORKDIR=${2:?}; shift 2 ;;
    --results) RESULTS=${2:?}; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "bench/image-jobs.sh: unknown argument $1" >&2; usage 64 ;;
  esac
done
case "$PROFILE" in
  250k) : "${SKUS:=250000}" ;;
  small) : "${SKUS:=5000}" ;;
  *) die "--profile must be 250k or small (the profiles whose products carry the image attribute)" ;;
esac
[[ "$SKUS$SEED$BATCH$PAIRS" =~ ^[0-9]+$ && $PAIRS -ge 1 ]] || die "--skus, --seed, --batch-size and --pairs take whole numbers (pairs >= 1)"
[[ $PIMSYNC_BENCH_DB_PREFIX =~ ^[A-Za-z0-9_]+$ ]] || die "PIMSYNC_BENCH_DB_PREFIX: letters, digits and _ only"
[[ -f "$ROOT/modules/pimsync.so" ]] || die "build the extension first: phpize && ./configure --enable-pimsync && make -j2"
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
: "${RESULTS:=$WORKDIR/results-image-jobs.txt}"

db() { mariadb --no-defaults --protocol=TCP -h"$PIMSYNC_DB_HOST" -P"$PIMSYNC_DB_PORT" -u"$PIMSYNC_DB_USER" -p"$PIMSYNC_DB_PASSWORD" "$@"; }
rcli() { redis-cli -h 127.0.0.1 -p "$PIMSYNC_REDIS_PORT" "$@"; }
db -N -e 'SELECT 1' >/dev/null 2>&1 || die "MariaDB not reachable on $PIMSYNC_DB_HOST:$PIMSYNC_DB_PORT; run scripts/services.sh start"
rcli ping 2>/dev/null | grep -q PONG || die "Redis not reachable on 127.0.0.1:$PIMSYNC_REDIS_PORT; run scripts/services.sh start"
json() { php -r '$j = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR); echo '"$2"';' "$1"; }

TAG="$PROFILE-$SKUS-seed$SEED"   # bench/run.sh's names, so its catalog is reused
CATALOG="$WORKDIR/catalog-$TAG.jsonl"
OPTIONS="$WORKDIR/options-$TAG.jsonl"
ATTR_SQL="$WORKDIR/attributes-$TAG.sql"
if [[ ! -f "$CATALOG.done" || ! -f "$OPTIONS" || ! -f "$ATTR_SQL" ]]; then
  echo "catalog: generating $CATALOG"
  php "$ROOT/tools/generate-catalog.php" --skus "$SKUS" --seed "$SEED" --profile "$PROFILE" \
    --locales en_US,fr_FR,de_DE --out "$CATALOG" --options-out "$OPTIONS" --magento-sql "$ATTR_SQL"
  touch "$CATALOG.done"
fi
RUN_DIR="$WORKDIR/image-jobs-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN_DIR"
LOG="$RUN_DIR/log.txt"
say() { echo "$*" | tee -a "$LOG"; }
say "== pimsync image-jobs bench $(date -u +%FT%TZ): profile $PROFILE, $SKUS SKUs, seed $SEED, batch $BATCH, $PAIRS pair(s)"
say "   $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(db -N -e 'SELECT VERSION()'), Redis $(rcli info server | awk -F: '/^redis_version/ {print $2}' | tr -d '\r')"

write_config() { # file images-enabled
  cat > "$1" <<EOF
{
  "source": {"type": "jsonl", "path": "$CATALOG", "options_path": "$OPTIONS"},
  "locales": {"en_US": ["default"], "fr_FR": ["fr"], "de_DE": ["de"]},
  "admin_locale": "en_US",
  "units": {"weight": "KILOGRAM"},
  "absent": "disable",
  "batch_size": $BATCH,
  "images": {"enabled": $2, "redis": {"port": $PIMSYNC_REDIS_PORT}, "stream": "$STREAM"}
}
EOF
}
write_config "$RUN_DIR/config-off.json" false
write_config "$RUN_DIR/config-on.json" true
DSN="mysql:host=$PIMSYNC_DB_HOST;port=$PIMSYNC_DB_PORT;dbname=$DB;charset=utf8mb4"

sync() { # label config: prints elapsed_s
  local out="$RUN_DIR/report-$1.json"
  php -r '$f = fopen($argv[1], "rb"); while (!feof($f)) fread($f, 1 << 20);' "$CATALOG" # the feed in the page cache
  "$ROOT/bin/pimsync" sync --config "$2" --json --dsn "$DSN" --user "$PIMSYNC_DB_USER" --password "$PIMSYNC_DB_PASSWORD" \
    > "$out" 2> "$RUN_DIR/stderr-$1.txt" || { cat "$RUN_DIR/stderr-$1.txt" >&2; die "($1) sync failed"; }
  say "    ($1) elapsed $(json "$out" '$j["elapsed_s"]') s; counts $(json "$out" 'json_encode($j["counts"])'); images $(json "$out" 'json_encode($j["images"] ?? null)')"
  say "         phase_seconds $(json "$out" 'json_encode($j["phase_seconds"])')"
  json "$out" '$j["elapsed_s"]' > "$RUN_DIR/elapsed-$1"
}
fresh() {
  db -e "DROP DATABASE IF EXISTS \`$DB\`"
  "$ROOT/scripts/services.sh" load-schema "$DB" >/dev/null
  db "$DB" < "$ATTR_SQL"
  rcli del "$STREAM" >/dev/null
}
run_off() { fresh; sync "off-$1" "$RUN_DIR/config-off.json"; }
run_on() {
  fresh; sync "on-$1" "$RUN_DIR/config-on.json"
  say "         stream $STREAM: $(rcli xlen "$STREAM") jobs; outbox left: $(db -N "$DB" -e 'SELECT COUNT(*) FROM pimsync_image_outbox')"
  sync "on-b-$1" "$RUN_DIR/config-on.json"
}

RATIOS=()
for ((p = 1; p <= PAIRS; p++)); do
  say "-- pair $p"
  if ((p % 2)); then run_off "$p"; run_on "$p"; else run_on "$p"; run_off "$p"; fi
  r=$(awk -v on="$(cat "$RUN_DIR/elapsed-on-$p")" -v off="$(cat "$RUN_DIR/elapsed-off-$p")" 'BEGIN {printf "%.3f", on / off}')
  RATIOS+=("$r")
  say "    pair $p: on/off = $r"
done
MEDIAN=$(printf '%s\n' "${RATIOS[@]}" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
{
  echo "== results: image jobs, profile $PROFILE, $SKUS SKUs, seed $SEED, batch $BATCH, $(date -u +%FT%TZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  for ((p = 1; p <= PAIRS; p++)); do
    echo "pair $p: off $(cat "$RUN_DIR/elapsed-off-$p") s, on $(cat "$RUN_DIR/elapsed-on-$p") s (re-run $(cat "$RUN_DIR/elapsed-on-b-$p") s), on/off ${RATIOS[$((p - 1))]}"
  done
  echo "median on/off = $MEDIAN"
  awk -v m="$MEDIAN" 'BEGIN {printf "bar: with image jobs <= 1.1 x without  [%s x]  %s\n", m, (m <= 1.1 ? "PASS" : "FAIL")}'
} | tee -a "$LOG" | tee -a "$RESULTS"
echo >> "$RESULTS"
db -e "DROP DATABASE IF EXISTS \`$DB\`"
rcli del "$STREAM" >/dev/null
echo "appended to $RESULTS; log and reports in $RUN_DIR"
