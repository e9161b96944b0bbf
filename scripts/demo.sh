#!/usr/bin/env bash
# The main job on an embedded default: installs what is missing, builds,
# starts a private MariaDB + Redis, loads the Magento 2.4 catalog schema,
# generates a seeded Akeneo catalog, syncs it, and shows what happened:
# a first import, a second run that writes nothing, a 1% change that
# writes only the changed values, a sync refused by another run's lock (then
# run with --wait), a realistic Akeneo catalog with its value issues, and the
# whole catalog (configurables, product links, the category tree, stock),
# images (jobs on a Redis stream, a worker filing them in the gallery), and
# governance (a PIM feed and an ERP CSV under the ownership matrix and
# validation rules).
#   PIMSYNC_DEMO_SKUS (default 10000), PIMSYNC_DEMO_DIR (default /tmp/pimsync-demo)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/setup.sh"
SKUS=${PIMSYNC_DEMO_SKUS:-10000}
DIR=${PIMSYNC_DEMO_DIR:-/tmp/pimsync-demo}
export PIMSYNC_DB_NAME=${PIMSYNC_DEMO_DB:-pimsync_demo}

install_packages
build_extension
bash "$ROOT/scripts/services.sh" start >/dev/null
eval "$(bash "$ROOT/scripts/services.sh" env)"
export PIMSYNC_DB_NAME=${PIMSYNC_DEMO_DB:-pimsync_demo}
db() { mariadb --no-defaults --protocol=TCP -h"$PIMSYNC_DB_HOST" -P"$PIMSYNC_DB_PORT" -u"$PIMSYNC_DB_USER" -p"$PIMSYNC_DB_PASSWORD" "$@"; }
# fresh_db NAME: an empty Magento 2.4 catalog database
fresh_db() { db -e "DROP DATABASE IF EXISTS \`$1\`"; bash "$ROOT/scripts/services.sh" load-schema "$1" >/dev/null; }

echo "== a fresh Magento 2.4 catalog database: $PIMSYNC_DB_NAME"
fresh_db "$PIMSYNC_DB_NAME"

echo "== generating $SKUS Akeneo products (seed 42) in $DIR"
mkdir -p "$DIR"
php "$ROOT/tools/generate-catalog.php" --skus "$SKUS" --seed 42 --profile 250k --out "$DIR/catalog.jsonl" \
  --options-out "$DIR/options.jsonl" --magento-sql "$DIR/attributes.sql" >/dev/null
db "$PIMSYNC_DB_NAME" < "$DIR/attributes.sql"
cp "$ROOT/docs/examples/pimsync.json" "$DIR/pimsync.json"

pimsync() { "$ROOT/bin/pimsync" "$@"; }
echo "== 1. first import"
pimsync sync --config "$DIR/pimsync.json"
echo "== 2. the same feed again: nothing to write"
pimsync sync --config "$DIR/pimsync.json"
echo "== 3. 1% of the products changed in Akeneo"
php "$ROOT/tools/generate-catalog.php" mutate --in "$DIR/catalog.jsonl" --out "$DIR/catalog.next.jsonl" --percent 1 --seed 7 >/dev/null
mv "$DIR/catalog.next.jsonl" "$DIR/catalog.jsonl"
pimsync sync --config "$DIR/pimsync.json"

echo "== 4. one run at a time: while another run holds this database's run lock (here a client holding it for 3 s),"
echo "==    a sync stops at once with exit 75; with --wait it waits for the lock, then runs"
db "$PIMSYNC_DB_NAME" -N -e "SELECT GET_LOCK('pimsync:$PIMSYNC_DB_NAME:sync', 0), SLEEP(3)" >/dev/null &
holder=$!
sleep 1
set +e
pimsync sync --config "$DIR/pimsync.json" 2>&1 | sed 's/^/  /'
echo "  exit ${PIPESTATUS[0]}"
set -e
pimsync sync --config "$DIR/pimsync.json" --wait 30
wait "$holder"

echo "== 5. a catalog shaped like real Akeneo data (every unit, prices without USD, variants named in their"
echo "==    model, emoji into Magento's utf8mb3 tables, 1 MB texts, big numbers, impossible dates): it lands"
echo "==    whole; each value that cannot be written exactly is left out or adjusted and reported"
REAL_DB="${PIMSYNC_DB_NAME}_realistic"
fresh_db "$REAL_DB"
mkdir -p "$DIR/realistic"
php "$ROOT/tools/generate-catalog.php" --realistic --skus 200 --seed 7 --out "$DIR/realistic/catalog.jsonl" \
  --options-out "$DIR/realistic/options.jsonl" --magento-sql "$DIR/realistic/attributes.sql" \
  --config-out "$DIR/realistic/pimsync.json" --manifest-out "$DIR/realistic/manifest.json" >/dev/null
db "$REAL_DB" < "$DIR/realistic/attributes.sql"
PIMSYNC_DB_NAME="$REAL_DB" pimsync sync --config "$DIR/realistic/pimsync.json"
db "$REAL_DB" -t -e "SELECT kind, action, COUNT(*) AS \`values\` FROM pimsync_value_issue GROUP BY kind, action ORDER BY kind"

echo "== 6. the whole catalog: product models become configurables, associations product links, the category"
echo "==    tree Magento categories, every product a stock item; then the same files again write nothing"
WHOLE_DB="${PIMSYNC_DB_NAME}_whole"
W="$DIR/whole"
fresh_db "$WHOLE_DB"
mkdir -p "$W"
php "$ROOT/tools/generate-catalog.php" --profile 250k-variants --skus "$SKUS" --seed 42 --out "$W/catalog.jsonl" \
  --options-out "$W/options.jsonl" --magento-sql "$W/attributes.sql" --models-out "$W/models.jsonl" \
  --family-variants-out "$W/family-variants.jsonl" --categories-out "$W/categories.jsonl" > "$W/summary.json"
db "$WHOLE_DB" < "$W/attributes.sql"
# the generator has no stock quantity attribute (pack_quantity is units per pack), so "stock" stays
# unmapped: each new product gets an empty stock item, source item and stock status
cat > "$W/pimsync.json" <<'JSON'
{
  "source": {"type": "jsonl", "path": "catalog.jsonl", "options_path": "options.jsonl",
             "product_models_path": "models.jsonl", "family_variants_path": "family-variants.jsonl",
             "categories_path": "categories.jsonl"},
  "locales": {"en_US": ["default"], "fr_FR": ["fr"], "de_DE": ["de"]},
  "admin_locale": "en_US",
  "categories": {"root_id": 2},
  "absent": "disable",
  "batch_size": 1000
}
JSON
PIMSYNC_DB_NAME="$WHOLE_DB" pimsync sync --config "$W/pimsync.json"
db "$WHOLE_DB" -t -e "
  SELECT p.sku AS configurable, COUNT(l.product_id) AS children FROM catalog_product_entity p
  JOIN catalog_product_super_link l ON l.parent_id = p.entity_id WHERE p.type_id = 'configurable' GROUP BY p.sku ORDER BY p.sku;
  SELECT t.code AS link_type, COUNT(*) AS links FROM catalog_product_link l
  JOIN catalog_product_link_type t ON t.link_type_id = l.link_type_id GROUP BY t.code ORDER BY t.code;
  SELECT level, COUNT(*) AS categories FROM catalog_category_entity GROUP BY level ORDER BY level;
  SELECT COUNT(*) AS pending_links FROM pimsync_link_pending;
  SELECT stock_status, COUNT(*) AS stock_status_rows FROM cataloginventory_stock_status GROUP BY stock_status;"
echo "== 6b. the whole catalog again: nothing to write"
PIMSYNC_DB_NAME="$WHOLE_DB" pimsync sync --config "$W/pimsync.json"

echo "== 7. images: the sync writes each product's data and puts its images on a Redis stream as jobs (product"
echo "==    data never waits for them); a worker downloads them in parallel from an image host (here a local"
echo "==    one) and files them in Magento's gallery; the same feed again makes no job"
IMG_DB="${PIMSYNC_DB_NAME}_images"
I="$DIR/images"
fresh_db "$IMG_DB"
rm -rf "$I" && mkdir -p "$I/server" "$I/media"
php "$ROOT/bench/images.php" images "$I" 40 42 >/dev/null
php -n "$ROOT/tests/support/image_server.php" "$I/server" "$I" > "$I/server/out.txt" 2>&1 &
IMAGE_SERVER=$!
trap 'kill $IMAGE_SERVER 2>/dev/null || true' EXIT
for _ in $(seq 200); do [[ -f "$I/server/port" ]] && break; sleep 0.05; done
php "$ROOT/bench/images.php" feed "$I/catalog.jsonl" 40 "$(cat "$I/server/port")"
redis-cli -p "$PIMSYNC_REDIS_PORT" DEL "pimsync:demo:$IMG_DB" >/dev/null
php "$ROOT/bench/images.php" config "$I/pimsync.json" "$I/catalog.jsonl" "pimsync:demo:$IMG_DB" "$I/media"
PIMSYNC_DB_NAME="$IMG_DB" pimsync sync --config "$I/pimsync.json"
PIMSYNC_DB_NAME="$IMG_DB" pimsync images:work --config "$I/pimsync.json" --once
db "$IMG_DB" -t -e "
  SELECT e.sku, COUNT(*) AS images, MIN(g.value) AS first_file FROM catalog_product_entity e
  JOIN catalog_product_entity_media_gallery_value_to_entity l ON l.entity_id = e.entity_id
  JOIN catalog_product_entity_media_gallery g ON g.value_id = l.value_id GROUP BY e.sku ORDER BY e.sku LIMIT 3;"
echo "   files under $I/media/catalog/product: $(find "$I/media/catalog/product" -type f | wc -l)"
PIMSYNC_DB_NAME="$IMG_DB" pimsync sync --config "$I/pimsync.json"
kill $IMAGE_SERVER 2>/dev/null || true

echo "== 8. governance: the PIM feed and the ERP's CSV export into one catalog, each writing only the fields it"
echo "==    owns (the default ownership matrix: status, weight and price belong to the ERP, texts and categories to"
echo "==    the PIM), under validation rules: a name with HTML is left out, a price under 1 is never published"
GOV_DB="${PIMSYNC_DB_NAME}_governance"
G="$DIR/governance"
fresh_db "$GOV_DB"
db "$GOV_DB" < "$DIR/attributes.sql"
rm -rf "$G" && mkdir -p "$G"
php "$ROOT/tools/governance-demo.php" "$DIR/catalog.jsonl" "$DIR/options.jsonl" "$G" 200
PIMSYNC_DB_NAME="$GOV_DB" pimsync sync --config "$G/pim.json"
PIMSYNC_DB_NAME="$GOV_DB" pimsync sync --config "$G/erp.json"
echo "   the ownership sheet (pimsync matrix --format md), a few of its rows:"
pimsync matrix --config "$G/erp.json" --format md | grep -E '^\| (field|status|weight|price|name|description|categories) \||^\|---'

echo "== what Magento holds for the first SKU"
sku=$(head -c 300 "$DIR/catalog.jsonl" | sed -n 's/.*"identifier":"\([^"]*\)".*/\1/p')
db "$PIMSYNC_DB_NAME" -t -e "
  SELECT e.entity_id, e.sku, a.attribute_code, v.store_id, LEFT(v.value, 60) AS value
  FROM catalog_product_entity e JOIN catalog_product_entity_varchar v ON v.entity_id = e.entity_id
  JOIN eav_attribute a ON a.attribute_id = v.attribute_id
  WHERE e.sku = '$sku' AND a.attribute_code IN ('name', 'url_key') ORDER BY a.attribute_code, v.store_id;
  SELECT request_path, store_id FROM url_rewrite WHERE entity_type = 'product'
  AND entity_id = (SELECT entity_id FROM catalog_product_entity WHERE sku = '$sku');"
echo "== runs"
pimsync status --config "$DIR/pimsync.json"
