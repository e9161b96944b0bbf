#include "php.h"
#include "zend_smart_str.h"
#include "stock_writer.h"
#include "sql_writer.h"
#include "magento_sku.h"

/* MSI's DefaultSourceProvider: the only source Magento mirrors into the legacy stock item */
#define MSI_DEFAULT_SOURCE "default"
#define LEGACY_STOCK_ID 1

static zend_long col_long(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_long(v) : 0;
}

static zend_string *col_str(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_string(v) : NULL;
}

static double col_double(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_double(v) : 0;
}

/* ---- Magento's configuration ---- */

static bool item_option_cb(void *ctx, HashTable *row)
{
	pimsync_stock_writer *s = ctx;
	zend_string *path = col_str(row, 0);
	if (!path) return true;
	if (zend_string_equals_literal(path, "cataloginventory/item_options/min_qty")) s->config_min_qty = col_double(row, 1);
	else if (zend_string_equals_literal(path, "cataloginventory/item_options/notify_stock_qty")) s->config_notify_qty = col_double(row, 1);
	else if (zend_string_equals_literal(path, "cataloginventory/item_options/backorders")) s->config_backorders = col_long(row, 1);
	else if (zend_string_equals_literal(path, "cataloginventory/item_options/manage_stock")) s->config_manage_stock = col_long(row, 1) != 0;
	zend_string_release(path);
	return true;
}

static bool found_cb(void *ctx, HashTable *row)
{
	*(bool *) ctx = true;
	return false;
}

zend_result pimsync_stock_writer_init(pimsync_stock_writer *s, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                      pimsync_run_stats *stats, pimsync_error *err)
{
	static const char options[] = "SELECT path, value FROM core_config_data WHERE scope = 'default' AND scope_id = 0"
		" AND path LIKE 'cataloginventory/item\\_options/%'";
	memset(s, 0, sizeof(*s));
	s->db = db;
	s->cfg = cfg;
	s->meta = meta;
	s->stats = stats;
	/* Magento_CatalogInventory's etc/config.xml */
	s->config_min_qty = 0;
	s->config_notify_qty = 1;
	s->config_backorders = 0;
	s->config_manage_stock = true;
	if (pimsync_db_each_row(db, options, sizeof(options) - 1, item_option_cb, s) == FAILURE) return FAILURE;

	s->mirror_legacy = !meta->msi || zend_string_equals_literal(cfg->stock_source_code, MSI_DEFAULT_SOURCE);
	if (meta->msi) {
		smart_str sql = {0};
		bool found = false;
		smart_str_appends(&sql, "SELECT 1 FROM inventory_source WHERE source_code = ");
		pimsync_sql_quote(db, &sql, ZSTR_VAL(cfg->stock_source_code), ZSTR_LEN(cfg->stock_source_code));
		smart_str_0(&sql);
		zend_result r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), found_cb, &found);
		smart_str_free(&sql);
		if (r == FAILURE) return FAILURE;
		if (!found) {
			pimsync_error_set(err, "%s: stock.source_code \"%s\" is not a source in Magento's inventory_source table",
			                  ZSTR_VAL(cfg->origin), ZSTR_VAL(cfg->stock_source_code));
			return FAILURE;
		}
	} else if (!zend_string_equals_literal(cfg->stock_source_code, MSI_DEFAULT_SOURCE)) {
		pimsync_stats_warn(stats, "stock_no_msi", NULL, "stock.source_code is \"%s\" but Magento has no MSI tables"
		                   " (inventory_source_item): only the legacy stock item is written", ZSTR_VAL(cfg->stock_source_code));
	}
	s->change_code = zend_string_init("quantity_and_stock_status", sizeof("quantity_and_stock_status") - 1, 0);
	return SUCCESS;
}

void pimsync_stock_writer_free(pimsync_stock_writer *s)
{
	if (s->change_code) zend_string_release(s->change_code);
	s->change_code = NULL;
}

/* ---- one stock item, as Magento holds it ---- */

typedef struct {
	bool exists;
	zend_string *qty;           /* "12.0000"; NULL when the column is NULL */
	zend_long is_in_stock, backorders, use_config_backorders, manage_stock, use_config_manage_stock;
	zend_string *min_sale_qty, *max_sale_qty;
	zend_long use_config_min_sale_qty, use_config_max_sale_qty;
	bool low_stock;             /* low_stock_date is set */
	zend_long status_changed_auto;
	/* read, never written: what decides in stock and low stock */
	double min_qty, notify_qty;
	bool use_config_min_qty, use_config_notify_qty;
} stock_item;

static void item_defaults(stock_item *it)
{
	/* cataloginventory_stock_item's column defaults, with the qty 0 pimsync has always written */
	memset(it, 0, sizeof(*it));
	it->qty = zend_string_init("0.0000", 6, 0);
	it->use_config_backorders = it->use_config_manage_stock = 1;
	it->use_config_min_sale_qty = it->use_config_max_sale_qty = 1;
	it->min_sale_qty = zend_string_init("1.0000", 6, 0);
	it->max_sale_qty = zend_string_init("0.0000", 6, 0);
	it->use_config_min_qty = it->use_config_notify_qty = true;
}

static void item_free(stock_item *it)
{
	if (it->qty) zend_string_release(it->qty);
	if (it->min_sale_qty) zend_string_release(it->min_sale_qty);
	if (it->max_sale_qty) zend_string_release(it->max_sale_qty);
}

static void item_dtor(zval *zv)
{
	stock_item *it = Z_PTR_P(zv);
	item_free(it);
	efree(it);
}

static void item_copy(stock_item *to, const stock_item *from)
{
	*to = *from;
	if (to->qty) zend_string_addref(to->qty);
	if (to->min_sale_qty) zend_string_addref(to->min_sale_qty);
	if (to->max_sale_qty) zend_string_addref(to->max_sale_qty);
}

#define ITEM_COLUMNS "product_id, qty, is_in_stock, backorders, use_config_backorders, manage_stock, use_config_manage_stock," \
	" min_sale_qty, use_config_min_sale_qty, max_sale_qty, use_config_max_sale_qty, low_stock_date IS NOT NULL," \
	" stock_status_changed_auto, min_qty, use_config_min_qty, notify_stock_qty, use_config_notify_stock_qty"

static bool item_cb(void *ctx, HashTable *row)
{
	stock_item *it = emalloc(sizeof(*it));
	it->exists = true;
	it->qty = col_str(row, 1);
	it->is_in_stock = col_long(row, 2);
	it->backorders = col_long(row, 3);
	it->use_config_backorders = col_long(row, 4);
	it->manage_stock = col_long(row, 5);
	it->use_config_manage_stock = col_long(row, 6);
	it->min_sale_qty = col_str(row, 7);
	it->use_config_min_sale_qty = col_long(row, 8);
	it->max_sale_qty = col_str(row, 9);
	it->use_config_max_sale_qty = col_long(row, 10);
	it->low_stock = col_long(row, 11) != 0;
	it->status_changed_auto = col_long(row, 12);
	it->min_qty = col_double(row, 13);
	it->use_config_min_qty = col_long(row, 14) != 0;
	it->notify_qty = col_double(row, 15);
	it->use_config_notify_qty = col_long(row, 16) != 0;
	zend_hash_index_update_ptr((HashTable *) ctx, (zend_ulong) col_long(row, 0), it);
	return true;
}

typedef struct {
	HashTable *by_key;   /* pimsync_sku_key() or product id => [quantity, status] */
	bool by_sku;
} pair_ctx;

static bool pair_cb(void *ctx, HashTable *row)
{
	pair_ctx *c = ctx;
	zval pair;
	array_init_size(&pair, 2);
	zend_string *qty = col_str(row, 1);
	add_next_index_str(&pair, qty ? qty : ZSTR_EMPTY_ALLOC());
	add_next_index_long(&pair, col_long(row, 2));
	if (c->by_sku) {
		zend_string *sku = col_str(row, 0), *key = pimsync_sku_key(sku);
		zend_hash_update(c->by_key, key, &pair);
		zend_string_release(key);
		zend_string_release(sku);
	} else {
		zend_hash_index_update(c->by_key, (zend_ulong) col_long(row, 0), &pair);
	}
	return true;
}

/* ---- Magento's rules ---- */

static bool manages_stock(const pimsync_stock_writer *s, const stock_item *it)
{
	return it->use_config_manage_stock ? s->config_manage_stock : it->manage_stock != 0;
}

/* StockStateProvider::verifyStock(): in stock unless the qty is missing (managed
 * stock), or at or below min_qty without backorders. */
static bool verify_stock(const pimsync_stock_writer *s, const stock_item *it)
{
	zend_long backorders = it->use_config_backorders ? s->config_backorders : it->backorders;
	double min_qty = it->use_config_min_qty ? s->config_min_qty : it->min_qty;
	if (!it->qty && manages_stock(s, it)) return false;
	return !(backorders == 0 && (it->qty ? zend_strtod(ZSTR_VAL(it->qty), NULL) : 0) <= min_qty);
}

static void set_str(zend_string **slot, zend_string *v)
{
	if (*slot) zend_string_release(*slot);
	*slot = zend_string_copy(v);
}

/* The item once the feed's values are applied: fields given replace
 * Magento's (with use_config_* 0), is_in_stock follows StockItemRepository::save(). */
static void apply_feed(const pimsync_stock_writer *s, stock_item *it, const pimsync_stock_values *v)
{
	zend_string *const *f = v->value;
	if (f[PIMSYNC_STOCK_QTY]) set_str(&it->qty, f[PIMSYNC_STOCK_QTY]);
	if (f[PIMSYNC_STOCK_BACKORDERS]) {
		it->backorders = ZEND_STRTOL(ZSTR_VAL(f[PIMSYNC_STOCK_BACKORDERS]), NULL, 10);
		it->use_config_backorders = 0;
	}
	if (f[PIMSYNC_STOCK_MIN_SALE_QTY]) {
		set_str(&it->min_sale_qty, f[PIMSYNC_STOCK_MIN_SALE_QTY]);
		it->use_config_min_sale_qty = 0;
	}
	if (f[PIMSYNC_STOCK_MAX_SALE_QTY]) {
		set_str(&it->max_sale_qty, f[PIMSYNC_STOCK_MAX_SALE_QTY]);
		it->use_config_max_sale_qty = 0;
	}
	if (f[PIMSYNC_STOCK_MANAGE_STOCK]) {
		it->manage_stock = ZEND_STRTOL(ZSTR_VAL(f[PIMSYNC_STOCK_MANAGE_STOCK]), NULL, 10);
		it->use_config_manage_stock = 0;
	}
	bool managed = manages_stock(s, it), verified = verify_stock(s, it);
	if (f[PIMSYNC_STOCK_IS_IN_STOCK]) {
		bool given = ZSTR_VAL(f[PIMSYNC_STOCK_IS_IN_STOCK])[0] == '1';
		if (given && managed && !verified) {
			/* as StockItemRepository::save(): nothing to sell, so out of stock, automatically */
			it->is_in_stock = 0;
			it->status_changed_auto = 1;
		} else {
			it->is_in_stock = given;
			it->status_changed_auto = 0;
		}
	} else if (managed) {
		it->is_in_stock = verified;
		it->status_changed_auto = !verified;
	}
	/* verifyNotification(): below notify_stock_qty the item has a low stock date */
	double notify = it->use_config_notify_qty ? s->config_notify_qty : it->notify_qty;
	it->low_stock = managed && (it->qty ? zend_strtod(ZSTR_VAL(it->qty), NULL) : 0) < notify;
}

static bool str_same(const zend_string *a, const zend_string *b)
{
	return a == b || (a && b && zend_string_equals(a, b));
}

static bool item_differs(const stock_item *a, const stock_item *b)
{
	return !str_same(a->qty, b->qty) || a->is_in_stock != b->is_in_stock || a->backorders != b->backorders
		|| a->use_config_backorders != b->use_config_backorders || a->manage_stock != b->manage_stock
		|| a->use_config_manage_stock != b->use_config_manage_stock || !str_same(a->min_sale_qty, b->min_sale_qty)
		|| a->use_config_min_sale_qty != b->use_config_min_sale_qty || !str_same(a->max_sale_qty, b->max_sale_qty)
		|| a->use_config_max_sale_qty != b->use_config_max_sale_qty || a->low_stock != b->low_stock
		|| a->status_changed_auto != b->status_changed_auto;
}

/* ---- reading what Magento holds ---- */

static void append_ids(smart_str *sql, pimsync_record *recs, uint32_t n, const bool *pick)
{
	uint32_t k = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (!pick[i]) continue;
		if (k++) smart_str_appendc(sql, ',');
		smart_str_append_long(sql, recs[i].entity_id);
	}
}

static zend_result read_current(pimsync_stock_writer *s, pimsync_record *recs, uint32_t n, const bool *pick, uint32_t npicked,
                                HashTable *items, HashTable *statuses, HashTable *sources)
{
	smart_str sql = {0};
	zend_result r;
	pair_ctx pc;

	if (!npicked) return SUCCESS;
	smart_str_appends(&sql, "SELECT " ITEM_COLUMNS " FROM cataloginventory_stock_item WHERE stock_id = 1 AND product_id IN (");
	append_ids(&sql, recs, n, pick);
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(s->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), item_cb, items);
	smart_str_free(&sql);
	if (r == FAILURE) return FAILURE;

	pc.by_key = statuses;
	pc.by_sku = false;
	smart_str_appends(&sql, "SELECT product_id, qty, stock_status FROM cataloginventory_stock_status"
	                        " WHERE website_id = 0 AND stock_id = 1 AND product_id IN (");
	append_ids(&sql, recs, n, pick);
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(s->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), pair_cb, &pc);
	smart_str_free(&sql);
	if (r == FAILURE || !s->meta->msi) return r;

	pc.by_key = sources;
	pc.by_sku = true;
	smart_str_appends(&sql, "SELECT sku, quantity, status FROM inventory_source_item WHERE source_code = ");
	pimsync_sql_quote(s->db, &sql, ZSTR_VAL(s->cfg->stock_source_code), ZSTR_LEN(s->cfg->stock_source_code));
	smart_str_appends(&sql, " AND sku IN (");
	uint32_t k = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (!pick[i]) continue;
		if (k++) smart_str_appendc(&sql, ',');
		pimsync_sql_quote(s->db, &sql, ZSTR_VAL(recs[i].sku), ZSTR_LEN(recs[i].sku));
	}
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(s->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), pair_cb, &pc);
	smart_str_free(&sql);
	return r;
}

static bool pair_differs(zval *pair, const zend_string *qty, zend_long status)
{
	if (!pair) return true;
	zend_string *have = Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(pair), 0));
	return !zend_string_equals(have, qty) || Z_LVAL_P(zend_hash_index_find(Z_ARRVAL_P(pair), 1)) != status;
}

/* ---- writing ---- */

static void item_row(pimsync_stock_writer *s, pimsync_bulk *b, zend_long product_id, const stock_item *it)
{
	smart_str *row = pimsync_bulk_row(b);
	smart_str_append_long(row, product_id);
	smart_str_appends(row, ",1,0,");
	if (it->qty) smart_str_append(row, it->qty);
	else smart_str_appends(row, "NULL");
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->is_in_stock);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->backorders);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->use_config_backorders);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->manage_stock);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->use_config_manage_stock);
	smart_str_appendc(row, ',');
	smart_str_append(row, it->min_sale_qty);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->use_config_min_sale_qty);
	smart_str_appendc(row, ',');
	smart_str_append(row, it->max_sale_qty);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, it->use_config_max_sale_qty);
	/* Magento stamps the day it went low (gmtDate); a date already set stays */
	smart_str_appends(row, it->low_stock ? ",UTC_TIMESTAMP()," : ",NULL,");
	smart_str_append_long(row, it->status_changed_auto);
}

/* The legacy stock status row Magento's indexer makes from the item: qty
 * never below 0, and in stock when stock is not managed (DefaultStock). */
static void status_of(const pimsync_stock_writer *s, const stock_item *it, zend_string **qty, zend_long *status)
{
	bool negative = it->qty && ZSTR_VAL(it->qty)[0] == '-';
	*qty = it->qty && !negative ? zend_string_copy(it->qty) : zend_string_init("0.0000", 6, 0);
	*status = manages_stock(s, it) ? it->is_in_stock : 1;
}

zend_result pimsync_stock_write(pimsync_stock_writer *s, pimsync_record *recs, uint32_t n)
{
	HashTable items, statuses, sources;
	pimsync_bulk item_up, status_up, source_up;
	bool *pick = ecalloc(n ? n : 1, sizeof(bool));
	uint32_t npicked = 0;
	zend_result r;

	/* new products, and existing ones whose feed carries stock (a configurable has none of its own) */
	for (uint32_t i = 0; i < n; i++) {
		recs[i].stock_changed = false;
		pick[i] = recs[i].kind == PIMSYNC_RECORD_NEW || (recs[i].stock.any && !recs[i].configurable);
		if (pick[i]) npicked++;
	}
	zend_hash_init(&items, npicked, NULL, item_dtor, 0);
	zend_hash_init(&statuses, npicked, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&sources, npicked, NULL, ZVAL_PTR_DTOR, 0);
	r = read_current(s, recs, n, pick, npicked, &items, &statuses, &sources);

	pimsync_bulk_init(&item_up, s->db, s->stats, "cataloginventory_stock_item",
		"INSERT INTO cataloginventory_stock_item (product_id, stock_id, website_id, qty, is_in_stock, backorders,"
		" use_config_backorders, manage_stock, use_config_manage_stock, min_sale_qty, use_config_min_sale_qty, max_sale_qty,"
		" use_config_max_sale_qty, low_stock_date, stock_status_changed_auto) VALUES ",
		" ON DUPLICATE KEY UPDATE qty = VALUES(qty), is_in_stock = VALUES(is_in_stock), backorders = VALUES(backorders),"
		" use_config_backorders = VALUES(use_config_backorders), manage_stock = VALUES(manage_stock),"
		" use_config_manage_stock = VALUES(use_config_manage_stock), min_sale_qty = VALUES(min_sale_qty),"
		" use_config_min_sale_qty = VALUES(use_config_min_sale_qty), max_sale_qty = VALUES(max_sale_qty),"
		" use_config_max_sale_qty = VALUES(use_config_max_sale_qty),"
		" low_stock_date = IF(VALUES(low_stock_date) IS NULL, NULL, IFNULL(low_stock_date, VALUES(low_stock_date))),"
		" stock_status_changed_auto = VALUES(stock_status_changed_auto)");
	pimsync_bulk_init(&status_up, s->db, s->stats, "cataloginventory_stock_status",
		"INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status) VALUES ",
		" ON DUPLICATE KEY UPDATE qty = VALUES(qty), stock_status = VALUES(stock_status)");
	pimsync_bulk_init(&source_up, s->db, s->stats, "inventory_source_item",
		"INSERT INTO inventory_source_item (source_code, sku, quantity, status) VALUES ",
		" ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), status = VALUES(status)");
	pimsync_bulk_strict(&item_up);
	pimsync_bulk_strict(&status_up);
	pimsync_bulk_strict(&source_up);

	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		pimsync_record *rec = &recs[i];
		stock_item current, target;
		if (!pick[i]) continue;
		stock_item *held = zend_hash_index_find_ptr(&items, (zend_ulong) rec->entity_id);
		if (held) item_copy(&current, held);
		else item_defaults(&current);
		item_copy(&target, &current);
		if (rec->configurable) {
			/* a new configurable: in stock with qty 0, as Magento saves one (StockItemRepository::save()
			 * zeroes the qty of a type without its own); it sells from its children, so it has no
			 * source item, and its stock status is derived once they are linked */
			target.is_in_stock = 1;
			if (!current.exists) {
				item_row(s, &item_up, rec->entity_id, &target);
				r = pimsync_bulk_row_end(&item_up);
				rec->stock_changed = true;
			}
			item_free(&current);
			item_free(&target);
			continue;
		}
		/* a product whose feed has no stock keeps what it has; a new one is empty and out of stock */
		if (rec->stock.any) apply_feed(s, &target, &rec->stock);

		/* MSI: the source item holds the feed's quantity, in stock as the item would be */
		if (r == SUCCESS && s->meta->msi) {
			zend_string *key = pimsync_sku_key(rec->sku);
			zval *pair = zend_hash_find(&sources, key);
			zend_string *qty = target.qty ? zend_string_copy(target.qty) : zend_string_init("0.0000", 6, 0);
			zend_string_release(key);
			if (pair_differs(pair, qty, target.is_in_stock)) {
				smart_str *row = pimsync_bulk_row(&source_up);
				pimsync_sql_quote(s->db, row, ZSTR_VAL(s->cfg->stock_source_code), ZSTR_LEN(s->cfg->stock_source_code));
				smart_str_appendc(row, ',');
				pimsync_sql_quote(s->db, row, ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku));
				smart_str_appendc(row, ',');
				smart_str_append(row, qty);
				smart_str_appendc(row, ',');
				smart_str_append_long(row, target.is_in_stock);
				r = pimsync_bulk_row_end(&source_up);
				rec->stock_changed = true;
			}
			zend_string_release(qty);
		}
		/* Magento mirrors only the default source into the legacy item: another
		 * source's quantity leaves the legacy qty and status as they are */
		if (!s->mirror_legacy && rec->stock.any) {
			if (target.qty) zend_string_release(target.qty);
			target.qty = current.qty ? zend_string_copy(current.qty) : NULL;
			target.is_in_stock = current.is_in_stock;
			target.status_changed_auto = current.status_changed_auto;
			target.low_stock = current.low_stock;
		}
		if (r == SUCCESS && (!current.exists || item_differs(&current, &target))) {
			item_row(s, &item_up, rec->entity_id, &target);
			r = pimsync_bulk_row_end(&item_up);
			rec->stock_changed = true;
		}
		if (r == SUCCESS) {
			zend_string *qty;
			zend_long status;
			status_of(s, &target, &qty, &status);
			if (pair_differs(zend_hash_index_find(&statuses, (zend_ulong) rec->entity_id), qty, status)) {
				smart_str *row = pimsync_bulk_row(&status_up);
				smart_str_append_long(row, rec->entity_id);
				smart_str_appends(row, ",0,1,");
				smart_str_append(row, qty);
				smart_str_appendc(row, ',');
				smart_str_append_long(row, status);
				r = pimsync_bulk_row_end(&status_up);
				rec->stock_changed = true;
			}
			zend_string_release(qty);
		}
		item_free(&current);
		item_free(&target);
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&item_up);
	if (r == SUCCESS) r = pimsync_bulk_flush(&source_up);
	if (r == SUCCESS) r = pimsync_bulk_flush(&status_up);
	pimsync_bulk_free(&item_up);
	pimsync_bulk_free(&status_up);
	pimsync_bulk_free(&source_up);
	zend_hash_destroy(&items);
	zend_hash_destroy(&statuses);
	zend_hash_destroy(&sources);
	efree(pick);
	return r;
}

/* ---- configurable parents ---- */

/* id => the second column, as a long */
static bool id_value_cb(void *ctx, HashTable *row)
{
	zval v;
	ZVAL_LONG(&v, col_long(row, 1));
	zend_hash_index_update((HashTable *) ctx, (zend_ulong) col_long(row, 0), &v);
	return true;
}

static zend_result read_id_values(pimsync_stock_writer *s, smart_str *sql, HashTable *out)
{
	smart_str_0(sql);
	zend_result r = pimsync_db_each_row(s->db, ZSTR_VAL(sql->s), ZSTR_LEN(sql->s), id_value_cb, out);
	smart_str_free(sql);
	return r;
}

zend_result pimsync_stock_derive_parents(pimsync_stock_writer *s, HashTable *parents, HashTable *written)
{
	HashTable children, salable, items_right, statuses;
	smart_str sql = {0};
	pimsync_bulk item_up, status_up;
	zend_result r;
	zend_ulong parent;
	zval *list, *child;
	const char *link = s->meta->row_id ? "row_id" : "entity_id";

	if (!zend_hash_num_elements(parents)) return SUCCESS;
	zend_hash_init(&children, 64, NULL, NULL, 0);
	zend_hash_init(&salable, 64, NULL, NULL, 0);
	zend_hash_init(&items_right, 64, NULL, NULL, 0);
	zend_hash_init(&statuses, 64, NULL, NULL, 0);
	ZEND_HASH_FOREACH_VAL(parents, list) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), child) {
			zend_hash_index_add_empty_element(&children, (zend_ulong) Z_LVAL_P(child));
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();

	/* a child counts when it is enabled (in any store) and has no required options,
	 * as Magento's Configurable stock indexer has it */
	smart_str_appends(&sql, "SELECT st.product_id, IF(c.required_options = 0 AND EXISTS (SELECT 1 FROM catalog_product_entity_int e"
	                        " WHERE e.");
	smart_str_appends(&sql, link);
	smart_str_appends(&sql, " = c.");
	smart_str_appends(&sql, link);
	smart_str_appends(&sql, " AND e.attribute_id = ");
	smart_str_append_long(&sql, s->meta->status->id);
	smart_str_appends(&sql, " AND e.value = 1), st.stock_status, 0) FROM cataloginventory_stock_status st"
	                        " JOIN catalog_product_entity c ON c.entity_id = st.product_id");
	pimsync_meta_append_live(s->meta, &sql, "c");
	smart_str_appends(&sql, " WHERE st.website_id = 0 AND st.stock_id = 1 AND st.product_id IN (");
	pimsync_sql_append_keys(&sql, &children);
	smart_str_appendc(&sql, ')');
	r = read_id_values(s, &sql, &salable);
	if (r == SUCCESS) {
		smart_str_appends(&sql, "SELECT product_id, qty = 0 AND is_in_stock = 1 FROM cataloginventory_stock_item"
		                        " WHERE stock_id = 1 AND website_id = 0 AND product_id IN (");
		pimsync_sql_append_keys(&sql, parents);
		smart_str_appendc(&sql, ')');
		r = read_id_values(s, &sql, &items_right);
	}
	if (r == SUCCESS) {
		/* -1: in line with nothing, so it is written */
		smart_str_appends(&sql, "SELECT product_id, IF(qty = 0, stock_status, -1) FROM cataloginventory_stock_status"
		                        " WHERE website_id = 0 AND stock_id = 1 AND product_id IN (");
		pimsync_sql_append_keys(&sql, parents);
		smart_str_appendc(&sql, ')');
		r = read_id_values(s, &sql, &statuses);
	}

	pimsync_bulk_init(&item_up, s->db, s->stats, "cataloginventory_stock_item",
	                  "INSERT INTO cataloginventory_stock_item (product_id, stock_id, website_id, qty, is_in_stock) VALUES ",
	                  " ON DUPLICATE KEY UPDATE qty = 0, is_in_stock = 1");
	pimsync_bulk_init(&status_up, s->db, s->stats, "cataloginventory_stock_status",
	                  "INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status) VALUES ",
	                  " ON DUPLICATE KEY UPDATE stock_status = VALUES(stock_status), qty = 0");
	smart_str items_written = {0};
	ZEND_HASH_FOREACH_NUM_KEY_VAL(parents, parent, list) {
		if (r == FAILURE) break;
		zend_long in_stock = 0;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), child) {
			zval *v = zend_hash_index_find(&salable, (zend_ulong) Z_LVAL_P(child));
			if (v && Z_LVAL_P(v) > in_stock) in_stock = Z_LVAL_P(v);
		} ZEND_HASH_FOREACH_END();
		/* the parent's own item: in stock, no quantity (a configurable has none of its own) */
		zval *item = zend_hash_index_find(&items_right, parent);
		if (!item || !Z_LVAL_P(item)) {
			smart_str_append_long(pimsync_bulk_row(&item_up), (zend_long) parent);
			smart_str_appends(&item_up.sql, ",1,0,0,1");
			r = pimsync_bulk_row_end(&item_up);
			smart_str_appends(&items_written, items_written.s ? "," : "");
			smart_str_append_long(&items_written, (zend_long) parent);
			zend_hash_index_add_empty_element(written, parent);
		}
		zval *status = zend_hash_index_find(&statuses, parent);
		if (r == SUCCESS && (!status || Z_LVAL_P(status) != in_stock)) {
			smart_str *row = pimsync_bulk_row(&status_up);
			smart_str_append_long(row, (zend_long) parent);
			smart_str_appends(row, ",0,1,0,");
			smart_str_append_long(row, in_stock);
			r = pimsync_bulk_row_end(&status_up);
			zend_hash_index_add_empty_element(written, parent);
		}
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS) r = pimsync_bulk_flush(&item_up);
	if (r == SUCCESS) r = pimsync_bulk_flush(&status_up);
	if (r == SUCCESS && items_written.s && s->meta->msi) {
		/* MSI keeps no source item for a configurable: one an older pimsync wrote goes when its item is put right */
		zend_long affected = 0;
		smart_str_appends(&sql, "DELETE si FROM inventory_source_item si JOIN catalog_product_entity p ON p.sku = si.sku"
		                        " WHERE p.entity_id IN (");
		smart_str_append_smart_str(&sql, &items_written);
		smart_str_appendc(&sql, ')');
		r = pimsync_db_exec_str(s->db, &sql, &affected);
		smart_str_free(&sql);
		if (r == SUCCESS && affected) pimsync_stats_rows(s->stats, "inventory_source_item (deleted)", affected);
	}
	smart_str_free(&items_written);
	smart_str_free(&sql);
	pimsync_bulk_free(&item_up);
	pimsync_bulk_free(&status_up);
	zend_hash_destroy(&children);
	zend_hash_destroy(&salable);
	zend_hash_destroy(&items_right);
	zend_hash_destroy(&statuses);
	return r;
}
