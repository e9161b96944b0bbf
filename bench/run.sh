#!/usr/bin/env bash
# pimsync benchmark on the project's private MariaDB (scripts/services.sh start).
#
#   bench/run.sh [--profile 250k|250k-variants|small] [--skus N] [--seed S] [--batch-size N]
#                [--add N] [--remove N] [--workdir DIR] [--results FILE] [--keep] [--no-local-infile]
#
# (a) first full import of a generated catalog into a fresh Magento schema (bench_main)
# (b) the same run again, nothing changed
# (c) `generate-catalog.php mutate --percent 1 --add A --remove R` (default 0/0), run again
# (d) the floor: every row (a) wrote, dumped with SELECT … INTO OUTFILE and loaded with
#     LOAD DATA LOCAL INFILE into empty copies of the same tables (bench_floor), same
#     unique keys, indexes and foreign keys
# Prints a table and the bars, and appends both to the results file.
# The syncs run with bin/pimsync's default (the engine bulk-loads new value rows with
# LOAD DATA LOCAL INFILE); --no-local-infile measures the multi-row INSERT path instead.
# Without --keep, bench_main, bench_floor and the dump files are removed at the end;
# the generated catalog files are always kept and reused when the parameters match.
# 250k-variants also generates product models, family variants and categories and gives
# them to the sync when its config accepts the keys (PIMSYNC_BENCH_VARIANT_SOURCES=auto|1|0).
# PIMSYNC_BENCH_DB_PREFIX (bench) names the two databases <prefix>_main and <prefix>_floor.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PROFILE=250k
SKUS=
SEED=20240601
BATCH=1000
ADD=0
REMOVE=0
PERCENT=1
WORKDIR=/tmp/pimsync-bench
RESULTS=
KEEP=0
LOCAL_INFILE=1
: "${PIMSYNC_DB_HOST:=127.0.0.1}"
: "${PIMSYNC_DB_PORT:=33306}"
: "${PIMSYNC_DB_USER:=pimsync}"
: "${PIMSYNC_DB_PASSWORD:=pimsync}"
: "${PIMSYNC_BENCH_DB_PREFIX:=bench}"
: "${PIMSYNC_BENCH_VARIANT_SOURCES:=auto}"
DB_MAIN=${PIMSYNC_BENCH_DB_PREFIX}_main
DB_FLOOR=${PIMSYNC_BENCH_DB_PREFIX}_floor

die() { echo "bench/run.sh: $*" >&2; exit 1; }
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) PROFILE=${2:?}; shift 2 ;;
    --skus) SKUS=${2:?}; shift 2 ;;
    --seed) SEED=${2:?}; shift 2 ;;
    --batch-size) BATCH=${2:?}; shift 2 ;;
    --add) ADD=${2:?}; shift 2 ;;
    --remove) REMOVE=${2:?}; shift 2 ;;
    --workdir) WORKDIR=${2:?}; shift 2 ;;
    --results) RESULTS=${2:?}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --no-local-infile) LOCAL_INFILE=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "bench/run.sh: unknown argument $1" >&2; usage 64 ;;
  esac
done
case "$PROFILE" in
  250k|250k-variants) : "${SKUS:=250000}" ;;
  small) : "${SKUS:=5000}" ;;
  *) die "--profile must be 250k, 250k-variants or small" ;;
esac
VARIANTS=0
[[ $PROFILE == 250k-variants ]] && VARIANTS=1
[[ $PIMSYNC_BENCH_VARIANT_SOURCES =~ ^(auto|0|1)$ ]] || die "PIMSYNC_BENCH_VARIANT_SOURCES must be auto, 1 or 0"
[[ $PIMSYNC_BENCH_DB_PREFIX =~ ^[A-Za-z0-9_]+$ ]] || die "PIMSYNC_BENCH_DB_PREFIX: letters, digits and _ only"
[[ "$SKUS" =~ ^[0-9]+$ && "$SEED" =~ ^[0-9]+$ && "$BATCH" =~ ^[0-9]+$ && "$ADD" =~ ^[0-9]+$ && "$REMOVE" =~ ^[0-9]+$ ]] \
  || die "--skus, --seed, --batch-size, --add and --remove take whole numbers"
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
: "${RESULTS:=$WORKDIR/results.txt}"

TIME_BIN=/usr/bin/time
if [[ ! -x $TIME_BIN ]]; then
  echo "installing GNU time (for peak RSS)"
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; } || die "cannot install GNU time"
fi
[[ -f "$ROOT/modules/pimsync.so" ]] || die "build the extension first: phpize && ./configure --enable-pimsync && make -j2"

db() { mariadb --no-defaults --protocol=TCP -h"$PIMSYNC_DB_HOST" -P"$PIMSYNC_DB_PORT" -u"$PIMSYNC_DB_USER" -p"$PIMSYNC_DB_PASSWORD" "$@"; }
db -N -e 'SELECT 1' >/dev/null 2>&1 || die "MariaDB not reachable on $PIMSYNC_DB_HOST:$PIMSYNC_DB_PORT; run scripts/services.sh start"
now() { date +%s.%N; }
# json FILE EXPR: evaluate a PHP expression over $j (the decoded JSON file)
json() { php -r '$j = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR); echo '"$2"';' "$1"; }

GEN="$ROOT/tools/generate-catalog.php"
LOCALES=en_US,fr_FR,de_DE
TAG="$PROFILE-$SKUS-seed$SEED"
CATALOG="$WORKDIR/catalog-$TAG.jsonl"
OPTIONS="$WORKDIR/options-$TAG.jsonl"
ATTR_SQL="$WORKDIR/attributes-$TAG.sql"
MODELS="$WORKDIR/models-$TAG.jsonl"                     # 250k-variants only, like the next two
FAMILY_VARIANTS="$WORKDIR/family-variants-$TAG.jsonl"
CATEGORIES="$WORKDIR/categories-$TAG.jsonl"
MTAG="$TAG-mut$PERCENT-add$ADD-rm$REMOVE"
MUTATED="$WORKDIR/catalog-$MTAG.jsonl"
RUN_DIR="$WORKDIR/run-$(date +%Y%m%d-%H%M%S)"
FLOOR_DIR="$RUN_DIR/floor"
mkdir -p "$FLOOR_DIR"
chmod 777 "$FLOOR_DIR" # the server writes the OUTFILEs
LOG="$RUN_DIR/log.txt"
say() { echo "$*" | tee -a "$LOG"; }

say "== pimsync bench $(date -u +%FT%TZ): profile $PROFILE, $SKUS SKUs, seed $SEED, batch $BATCH, mutate ${PERCENT}% +$ADD -$REMOVE, local_infile $LOCAL_INFILE"
say "   work dir $RUN_DIR; commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"

# ---- 1. catalog (reused when the stamp says the same parameters produced it) ----
GEN_EXTRA=()
[[ $VARIANTS -eq 0 ]] || GEN_EXTRA=(--models-out "$MODELS" --family-variants-out "$FAMILY_VARIANTS" --categories-out "$CATEGORIES")
catalog_files_present() {
  [[ -f "$CATALOG" && -f "$OPTIONS" && -f "$ATTR_SQL" ]] || return 1
  [[ $VARIANTS -eq 0 || ( -f "$MODELS" && -f "$FAMILY_VARIANTS" && -f "$CATEGORIES" ) ]]
}
if [[ -f "$CATALOG.done" ]] && catalog_files_present; then
  say "catalog: reusing $CATALOG"
else
  say "catalog: generating $CATALOG"
  rm -f "$CATALOG.done" "$MUTATED.done"
  php "$GEN" --skus "$SKUS" --seed "$SEED" --profile "$PROFILE" --locales "$LOCALES" --out "$CATALOG" \
    --options-out "$OPTIONS" --magento-sql "$ATTR_SQL" "${GEN_EXTRA[@]}" | tee -a "$LOG"
  touch "$CATALOG.done"
fi
if [[ -f "$MUTATED.done" && -f "$MUTATED" ]]; then
  say "mutated catalog: reusing $MUTATED"
else
  say "mutated catalog: generating $MUTATED"
  php "$GEN" mutate --in "$CATALOG" --out "$MUTATED" --percent "$PERCENT" --seed "$((SEED + 1))" --add "$ADD" --remove "$REMOVE" \
    > "$MUTATED.summary.json"
  touch "$MUTATED.done"
fi
MUT_SUMMARY=$(json "$MUTATED.summary.json" 'sprintf("%d changed, %d added, %d removed", count($j["changed_skus"] ?? []), count($j["added_skus"] ?? []), count($j["removed_skus"] ?? []))')
say "mutation: $MUT_SUMMARY"

# ---- 2. fresh Magento schema + the custom attributes, and the configs ----
# bench_floor first: its foreign keys point into bench_main, which could not be dropped before it
db -e "DROP DATABASE IF EXISTS \`$DB_FLOOR\`"
PIMSYNC_DB_HOST=$PIMSYNC_DB_HOST PIMSYNC_DB_PORT=$PIMSYNC_DB_PORT "$ROOT/scripts/services.sh" load-schema "$DB_MAIN" | tee -a "$LOG"
db "$DB_MAIN" < "$ATTR_SQL"
# units.weight KILOGRAM: the generated weights are in kg, so, as before Magento's
# own weight unit (lbs by default) became the default, none is converted
# 250k-variants: the product models, family variants and categories go to the sync in
# source.product_models_path, family_variants_path and categories_path once config.c knows
# them (issue 7); until then (or with PIMSYNC_BENCH_VARIANT_SOURCES=0) the config names the
# products and options only, and the sync sees every variant as a simple product.
VARIANT_SOURCES=
if [[ $VARIANTS -eq 1 ]]; then
  VARIANT_SOURCES=", \"product_models_path\": \"$MODELS\", \"family_variants_path\": \"$FAMILY_VARIANTS\", \"categories_path\": \"$CATEGORIES\""
fi
write_config() { # file catalog [source keys to add]
  cat > "$1" <<EOF
{
  "source": {"type": "jsonl", "path": "$2", "options_path": "$OPTIONS"${3:-}},
  "locales": {"en_US": ["default"], "fr_FR": ["fr"], "de_DE": ["de"]},
  "admin_locale": "en_US",
  "units": {"weight": "KILOGRAM"},
  "absent": "disable",
  "batch_size": $BATCH
}
EOF
}
if [[ -n $VARIANT_SOURCES && $PIMSYNC_BENCH_VARIANT_SOURCES != 0 ]]; then
  write_config "$RUN_DIR/config-probe.json" "$CATALOG" "$VARIANT_SOURCES"
  if probe=$(php -d "extension=$ROOT/modules/pimsync.so" -r \
      'try { PimSync\Config::fromFile($argv[1]); } catch (Throwable $e) { echo $e->getMessage(); exit(1); }' "$RUN_DIR/config-probe.json" 2>&1); then
    say "config: the sync reads the product models, family variants and categories"
  elif [[ $PIMSYNC_BENCH_VARIANT_SOURCES == 1 ]]; then
    die "the sync refuses the variant sources (PIMSYNC_BENCH_VARIANT_SOURCES=1): $probe"
  else
    say "config: WITHOUT the product models, family variants and categories (the sync says: ${probe//$'\n'/ }); variants land as simple products"
    VARIANT_SOURCES=
  fi
  rm -f "$RUN_DIR/config-probe.json"
elif [[ -n $VARIANT_SOURCES ]]; then
  say "config: WITHOUT the product models, family variants and categories (PIMSYNC_BENCH_VARIANT_SOURCES=0); variants land as simple products"
  VARIANT_SOURCES=
fi
write_config "$RUN_DIR/config.json" "$CATALOG" "$VARIANT_SOURCES"
write_config "$RUN_DIR/config-mutated.json" "$MUTATED" "$VARIANT_SOURCES"
SYNC_FLAGS=(--json)
[[ $LOCAL_INFILE -eq 1 ]] || SYNC_FLAGS+=(--no-local-infile)
WRITE_PATH=$([[ $LOCAL_INFILE -eq 1 ]] && echo 'sync (LOAD DATA path)' || echo 'sync --no-local-infile (INSERT path)')
DSN="mysql:host=$PIMSYNC_DB_HOST;port=$PIMSYNC_DB_PORT;dbname=$DB_MAIN;charset=utf8mb4"

# Stats per step: SECS[x] ROWS[x] PRODUCTS[x] RSS_KB[x] (products = records processed)
declare -A SECS ROWS PRODUCTS RSS_KB NOTE

sync_step() { # step config
  local step=$1 cfg=$2 out="$RUN_DIR/report-$1.json" rc=0
  # the feed files in the page cache, as files an export has just written are: a step
  # measures the sync, not this machine's disk (a reused mutated catalog is otherwise cold)
  php -r '$c = json_decode(file_get_contents($argv[1]), true); foreach ($c["source"] as $k => $v) { if ($k === "path" || str_ends_with($k, "_path")) { $f = fopen($v, "rb"); while (!feof($f)) fread($f, 1 << 20); fclose($f); } }' "$cfg"
  say "($step) pimsync sync --config $cfg ${SYNC_FLAGS[*]}"
  $TIME_BIN -v -o "$RUN_DIR/time-$step.txt" "$ROOT/bin/pimsync" sync --config "$cfg" "${SYNC_FLAGS[@]}" \
    --dsn "$DSN" --user "$PIMSYNC_DB_USER" --password "$PIMSYNC_DB_PASSWORD" > "$out" 2> "$RUN_DIR/stderr-$step.txt" || rc=$?
  if [[ $rc -ne 0 ]]; then
    cat "$RUN_DIR/stderr-$step.txt" >&2
    [[ -s "$out" ]] || die "($step) sync failed (exit $rc)"
    say "($step) WARNING: sync exit $rc, status $(json "$out" '$j["status"]')"
  fi
  SECS[$step]=$(json "$out" '$j["elapsed_s"]')
  ROWS[$step]=$(json "$out" 'array_sum($j["rows_written"])')
  PRODUCTS[$step]=$(json "$out" '$j["counts"]["seen"]')
  RSS_KB[$step]=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$RUN_DIR/time-$step.txt")
  NOTE[$step]=$(json "$out" 'implode(" ", array_map(fn($k, $v) => "$k=$v", array_keys($j["counts"]), $j["counts"]))')
  say "    counts: ${NOTE[$step]}"
  say "    rows_written: $(json "$out" 'json_encode($j["rows_written"])')"
  say "    phase_seconds: $(json "$out" 'json_encode($j["phase_seconds"])')  elapsed_s ${SECS[$step]}  wall $(awk -F': ' '/Elapsed \(wall/ {print $2}' "$RUN_DIR/time-$step.txt")  peak RSS ${RSS_KB[$step]} kB"
}

# ---- the floor's tables, in load order (a table after those its foreign keys point at) ----
FLOOR_TABLES=(catalog_product_entity catalog_product_entity_varchar catalog_product_entity_int
  catalog_product_entity_decimal catalog_product_entity_text catalog_product_entity_datetime
  catalog_product_website catalog_category_product cataloginventory_stock_item
  cataloginventory_stock_status inventory_source_item url_rewrite)
if [[ $VARIANTS -eq 1 ]]; then
  # everything the whole-catalog sync writes: categories, configurables, links, stock,
  # category url rewrites; a table the schema lacks is left out
  WANTED=(catalog_category_entity catalog_category_entity_varchar catalog_category_entity_int
    catalog_category_entity_text catalog_category_entity_datetime catalog_category_entity_decimal
    "${FLOOR_TABLES[@]:0:8}"
    catalog_product_super_attribute catalog_product_super_attribute_label catalog_product_super_link
    catalog_product_relation catalog_product_link catalog_product_link_attribute_int
    catalog_product_link_attribute_decimal catalog_product_link_attribute_varchar
    "${FLOOR_TABLES[@]:8}" catalog_url_rewrite_product_category)
  PRESENT=" $(db -N -B information_schema -e "SELECT GROUP_CONCAT(TABLE_NAME SEPARATOR ' ') FROM TABLES WHERE TABLE_SCHEMA = '$DB_MAIN'") "
  FLOOR_TABLES=()
  for t in "${WANTED[@]}"; do [[ $PRESENT == *" $t "* ]] && FLOOR_TABLES+=("$t"); done
fi
# rows the fresh schema already holds (its default data: no products, but the two root
# categories and their values): loaded into the floor too, not counted as (a)'s
declare -A BASE_ROWS
for t in "${FLOOR_TABLES[@]}"; do
  BASE_ROWS[$t]=$(db -N "$DB_MAIN" -e "SELECT COUNT(*) FROM \`$t\`")
done

# ---- 3. (a) first full import ----
sync_step a "$RUN_DIR/config.json"

# ---- 5. dump what (a) wrote, before (b)/(c) touch it ----
# Apart from the default rows counted above, these tables hold exactly (a)'s rows.
for t in "${FLOOR_TABLES[@]}"; do
  db "$DB_MAIN" -e "SELECT * FROM \`$t\` ORDER BY 1 INTO OUTFILE '$FLOOR_DIR/$t.tsv'"
done

# ---- 4. (b) unchanged re-run, (c) 1 % mutated ----
sync_step b "$RUN_DIR/config.json"
sync_step c "$RUN_DIR/config-mutated.json"

# ---- 5. (d) the floor ----
# CREATE TABLE … LIKE keeps unique keys and indexes but drops foreign keys, so they are
# added back from information_schema: references to catalog_product_entity point at the
# floor's own copy, all others (eav_attribute, store, store_website, cataloginventory_stock,
# catalog_category_entity …) at bench_main's tables.
db -e "DROP DATABASE IF EXISTS \`$DB_FLOOR\`; CREATE DATABASE \`$DB_FLOOR\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
for t in "${FLOOR_TABLES[@]}"; do
  db -e "CREATE TABLE \`$DB_FLOOR\`.\`$t\` LIKE \`$DB_MAIN\`.\`$t\`"
done
IN_LIST=$(printf "'%s'," "${FLOOR_TABLES[@]}"); IN_LIST=${IN_LIST%,}
FK_SQL=$(db -N -B information_schema -e "
  SELECT CONCAT('ALTER TABLE \`$DB_FLOOR\`.\`', k.TABLE_NAME, '\` ADD CONSTRAINT \`', k.CONSTRAINT_NAME, '\` FOREIGN KEY (',
           GROUP_CONCAT(CONCAT('\`', k.COLUMN_NAME, '\`') ORDER BY k.ORDINAL_POSITION), ') REFERENCES \`',
           IF(k.REFERENCED_TABLE_NAME IN ($IN_LIST), '$DB_FLOOR', '$DB_MAIN'), '\`.\`', k.REFERENCED_TABLE_NAME, '\` (',
           GROUP_CONCAT(CONCAT('\`', k.REFERENCED_COLUMN_NAME, '\`') ORDER BY k.ORDINAL_POSITION), ') ON DELETE ', r.DELETE_RULE,
           ' ON UPDATE ', r.UPDATE_RULE, ';')
  FROM KEY_COLUMN_USAGE k JOIN REFERENTIAL_CONSTRAINTS r
    ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
  WHERE k.TABLE_SCHEMA = '$DB_MAIN' AND k.TABLE_NAME IN ($IN_LIST) AND k.REFERENCED_TABLE_NAME IS NOT NULL
  GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, r.DELETE_RULE, r.UPDATE_RULE")
FK_COUNT=$(grep -c 'ADD CONSTRAINT' <<<"$FK_SQL" || true)
[[ -z "$FK_SQL" ]] || db -e "$FK_SQL"
say "(d) floor: ${#FLOOR_TABLES[@]} empty tables in $DB_FLOOR (LIKE $DB_MAIN), $FK_COUNT foreign keys re-added"

FLOOR_ROWS=0
FLOOR_SECS=0
FLOOR_RSS=0
for t in "${FLOOR_TABLES[@]}"; do # in FLOOR_TABLES' order: a table after the ones it references
  t0=$(now)
  $TIME_BIN -v -o "$RUN_DIR/time-d-$t.txt" mariadb --no-defaults --local-infile=1 --protocol=TCP -h"$PIMSYNC_DB_HOST" \
    -P"$PIMSYNC_DB_PORT" -u"$PIMSYNC_DB_USER" -p"$PIMSYNC_DB_PASSWORD" "$DB_FLOOR" \
    -e "SET FOREIGN_KEY_CHECKS=1, UNIQUE_CHECKS=1; LOAD DATA LOCAL INFILE '$FLOOR_DIR/$t.tsv' INTO TABLE \`$t\` CHARACTER SET utf8mb4"
  t1=$(now)
  n=$(( $(db -N "$DB_FLOOR" -e "SELECT COUNT(*) FROM \`$t\`") - ${BASE_ROWS[$t]} ))
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$RUN_DIR/time-d-$t.txt")
  (( rss > FLOOR_RSS )) && FLOOR_RSS=$rss
  dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
  FLOOR_SECS=$(awk -v a="$FLOOR_SECS" -v b="$dt" 'BEGIN {printf "%.3f", a + b}')
  FLOOR_ROWS=$((FLOOR_ROWS + n))
  say "    LOAD DATA $t: $n rows in $dt s$([[ ${BASE_ROWS[$t]} -eq 0 ]] || echo " (+${BASE_ROWS[$t]} default rows)")"
done
SECS[d]=$FLOOR_SECS
ROWS[d]=$FLOOR_ROWS
PRODUCTS[d]=$(db -N "$DB_FLOOR" -e "SELECT COUNT(*) FROM catalog_product_entity")
RSS_KB[d]=$FLOOR_RSS
A_FLOOR_ROWS=$(json "$RUN_DIR/report-a.json" "array_sum(array_intersect_key(\$j['rows_written'], array_flip(explode(',', '${IN_LIST//\'/}'))))")
[[ "$A_FLOOR_ROWS" == "$FLOOR_ROWS" ]] || say "    NOTE: (a) reported $A_FLOOR_ROWS rows in these tables, the floor loaded $FLOOR_ROWS"

# ---- 6. the table and the bars ----
report() {
  local s
  echo "== results: profile $PROFILE, $SKUS SKUs, seed $SEED, batch $BATCH, mutate ${PERCENT}% +$ADD -$REMOVE ($MUT_SUMMARY), $WRITE_PATH"
  echo "   $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(db -N -e 'SELECT VERSION()'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%FT%TZ)"
  printf '%-26s %10s %12s %12s %14s %12s\n' step seconds rows rows/s products/min 'peak RSS MB'
  for s in a b c d; do
    local label
    case $s in a) label='(a) first full import' ;; b) label='(b) re-run, no change' ;; c) label="(c) ${PERCENT}% mutated re-run" ;; d) label='(d) floor LOAD DATA' ;; esac
    awk -v l="$label" -v t="${SECS[$s]}" -v r="${ROWS[$s]}" -v p="${PRODUCTS[$s]}" -v m="${RSS_KB[$s]}" -v d="$s" 'BEGIN {
      rps = t > 0 ? r / t : 0; ppm = t > 0 ? p / t * 60 : 0
      printf "%-26s %10.3f %12d %12.0f %14.0f %12.1f%s\n", l, t, r, rps, ppm, m / 1024, d == "d" ? "  (mariadb client; server not counted)" : ""
    }'
  done
  local ratio max_rss
  ratio=$(awk -v a="${SECS[a]}" -v d="${SECS[d]}" 'BEGIN {printf "%.2f", (d > 0 ? a / d : 0)}')
  max_rss=$(printf '%s\n' "${RSS_KB[a]}" "${RSS_KB[b]}" "${RSS_KB[c]}" | sort -n | tail -1)
  echo "ratio (a)/(d) = $ratio"
  pf() { awk "BEGIN {exit !($1)}" && echo PASS || echo FAIL; }
  # the bars the issues set: 250k (issue 5) and 250k-variants (issue 7: models, links and the tree cost more)
  local bar_a=1.3 bar_b=2 bar_c=6
  [[ $VARIANTS -eq 1 ]] && { bar_a=1.4; bar_b=3; bar_c=8; }
  printf '%-44s %s\n' "bar (a) <= $bar_a x (d)  [$ratio x]" "$(pf "$ratio <= $bar_a")"
  printf '%-44s %s\n' "bar (b) <= $bar_b s  [${SECS[b]} s]" "$(pf "${SECS[b]} <= $bar_b")"
  printf '%-44s %s\n' "bar (c) <= $bar_c s  [${SECS[c]} s]" "$(pf "${SECS[c]} <= $bar_c")"
  printf '%-44s %s\n' "bar peak RSS <= 1 GB  [$((max_rss / 1024)) MB]" "$(pf "$max_rss <= 1048576")"
  for s in a b c; do
    echo "phase_seconds ($s): $(json "$RUN_DIR/report-$s.json" 'json_encode($j["phase_seconds"])')"
  done
}
report | tee -a "$LOG" | tee -a "$RESULTS"
echo >> "$RESULTS"
echo "appended to $RESULTS; log and reports in $RUN_DIR"

if [[ $KEEP -eq 0 ]]; then
  db -e "DROP DATABASE IF EXISTS \`$DB_FLOOR\`; DROP DATABASE IF EXISTS \`$DB_MAIN\`"
  rm -rf "$FLOOR_DIR"
else
  echo "kept databases $DB_MAIN, $DB_FLOOR and $FLOOR_DIR"
fi
