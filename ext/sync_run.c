#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "sync_run.h"
#include "pdo_bridge.h"
#include "magento_meta.h"
#include "delta_state.h"
#include "catalog_entities.h"
#include "category_tree.h"
#include "product_mapper.h"
#include "product_writer.h"
#include "sql_writer.h"
#include "record_source.h"
#include "json_decode.h"
#include "magento_sku.h"
#include "dead_letters.h"
#include "measure_units.h"
#include "utf8_text.h"
#include "run_lock.h"
#include "structure_sync.h"
#include "product_models.h"
#include "image_jobs.h"

#define ABSENT_CHUNK 1000
#define PROGRESS_EVERY 1000

typedef struct {
	pimsync_db db;
	pimsync_error err;
	pimsync_run_lock lock;
	pimsync_config *cfg;
	pimsync_run_options *opts;
	pimsync_run_stats *stats;
	pimsync_meta meta;
	pimsync_delta_state state;
	pimsync_catalog_entities entities;
	pimsync_mapper mapper;
	pimsync_measures measures;
	pimsync_writer writer;
	pimsync_record_source source;
	pimsync_record *batch;
	uint32_t nbatch, batch_cap;
	HashTable new_skus;        /* SKUs first met in this run => position, to catch duplicates */
	pimsync_bulk raw_only;     /* state rows whose source bytes changed but not their meaning */
	uint64_t seed;
	zend_long unidentified;    /* records parked before their SKU was known */
	double last_progress;
	zval since;                /* start of the incremental window read from pimsync_run */
	zend_string *source_key;   /* what the window belongs to (pimsync_source_key) */
	zend_long delta_overlap;   /* seconds the window starts before the last run's start */
	pimsync_dead_letters dead_letters; /* open dead letters of this source */
	zend_string *record_id;    /* the source's id of the record being handled, NULL if none */
	size_t record_length;      /* its whole length when the source handed over only its start, else 0 */
	zend_long unrequestable;   /* API records parked without an id to request them by */
	bool source_kind_http;     /* source failures are HTTP failures */
	pimsync_product_models models; /* the source's product models and family variants, for the whole run */
	HashTable model_skus;      /* SKUs of this run's configurables (pimsync_sku_key) => their position */
	HashTable models_missing;  /* model codes the API source does not serve: not asked for twice */
	bool models_phase;         /* the batch holds configurables */
	zend_string **window_models; /* API delta: codes of the models changed in the window, whose variant products follow */
	uint32_t nwindow_models;
	bool catching_up;          /* reading those variant products: one the window already listed is not read twice */
	pimsync_image_jobs images; /* images on: the batches' image jobs and their outbox */
	bool images_ready;
	bool dead_letters_ready, measures_ready;
	bool meta_loaded, state_loaded, entities_ready, mapper_ready, writer_ready, source_open;
} run_ctx;

/* ---- dead letters ---- */

/* Parks a record in pimsync_dead_letter. A record is counted failed only
 * with the row that holds it: when the row cannot be written the run fails
 * (false), naming the record and the database error. */
static bool park_raw(run_ctx *c, zend_string *position, zend_string *sku, const char *raw, size_t raw_len, const char *reason)
{
	pimsync_dead_letter dl;
	pimsync_error keep = c->err;
	size_t stored;
	bool ok;

	pimsync_dead_letter_init(&dl, c->stats->run_id, position, sku, raw, raw_len, reason);
	dl.source_id = c->record_id; /* the id a later delta run asks for it by */
	if (c->record_length) dl.payload_bytes = c->record_length;
	if (!c->record_id && c->source_kind_http) c->unrequestable++;
	ok = pimsync_dead_letter_store(&c->db, &dl, &stored) == SUCCESS;
	if (ok) {
		pimsync_stats_error(c->stats, dl.position, dl.sku, ZSTR_VAL(dl.reason));
		pimsync_stats_rows(c->stats, "pimsync_dead_letter", 1);
		if (stored < dl.payload_len) {
			pimsync_stats_warn(c->stats, "dead_letter_cut", position,
			                   "a record of %zu bytes was parked with its first %zu bytes only: the server's max_allowed_packet"
			                   " is the largest value it can hold (payload_bytes has the full length)", dl.payload_len, stored);
		}
		c->err = keep;
	} else if (!c->stats->fatal) {
		c->stats->fatal = zend_strpprintf(0, "cannot park the record at %s in pimsync_dead_letter: %s",
		                                  ZSTR_VAL(dl.position), c->err.message);
		c->stats->fatal_kind = PIMSYNC_FATAL_DATABASE;
	}
	pimsync_dead_letter_free(&dl);
	return ok;
}

static zend_result park_record(void *ctx, pimsync_record *rec, const char *reason)
{
	run_ctx *c = ctx;
	zend_string *reading = c->record_id; /* the batch is written after its records were read */
	c->record_id = rec->source_id;
	bool parked = park_raw(c, rec->position, rec->sku, rec->raw ? ZSTR_VAL(rec->raw) : NULL, rec->raw ? ZSTR_LEN(rec->raw) : 0, reason);
	c->record_id = reading;
	return parked ? SUCCESS : FAILURE;
}

/* ---- progress ---- */

static void report_progress(run_ctx *c, bool final)
{
	pimsync_run_stats *s = c->stats;
	double now = pimsync_now(), elapsed = now - s->started;
	zval arg, ret;

	if (!c->opts->has_progress || (!final && now - c->last_progress < 0.5)) return;
	c->last_progress = now;
	array_init(&arg);
	add_assoc_long(&arg, "seen", s->seen);
	add_assoc_long(&arg, "created", s->created);
	add_assoc_long(&arg, "updated", s->updated);
	add_assoc_long(&arg, "unchanged", s->unchanged);
	add_assoc_long(&arg, "failed", s->failed);
	add_assoc_double(&arg, "elapsed_s", elapsed);
	add_assoc_double(&arg, "per_second", elapsed > 0 ? s->seen / elapsed : 0);
	add_assoc_long(&arg, "bytes_read", pimsync_source_bytes_read(&c->source));
	add_assoc_long(&arg, "bytes_total", pimsync_source_bytes_total(&c->source));
	add_assoc_bool(&arg, "final", final);
	c->opts->progress_fci.retval = &ret;
	c->opts->progress_fci.params = &arg;
	c->opts->progress_fci.param_count = 1;
	zend_call_function(&c->opts->progress_fci, &c->opts->progress_fcc);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
}

/* ---- batches ---- */

static bool park_clashing_models(run_ctx *c);

static bool flush_batch(run_ctx *c)
{
	if (c->models_phase && !park_clashing_models(c)) {
		if (!c->stats->fatal) {
			c->stats->fatal = zend_strpprintf(0, "database failure: %s", c->err.message);
			c->stats->fatal_kind = PIMSYNC_FATAL_DATABASE;
		}
		return false;
	}
	if (!c->nbatch) return true;
	/* the source's HTTP calls come before the transaction, never inside it */
	pimsync_entities_prefetch_labels(&c->entities, c->batch, c->nbatch);
	if (EG(exception)) return false;
	zend_result r = pimsync_write_batch(&c->writer, c->batch, c->nbatch, park_record, c);
	for (uint32_t i = 0; i < c->nbatch; i++) pimsync_record_free(&c->batch[i]);
	c->nbatch = 0;
	if (r == FAILURE) {
		if (!c->stats->fatal) { /* a dead letter that could not be stored has said so */
			c->stats->fatal = zend_strpprintf(0, "database failure: %s", c->err.message);
			c->stats->fatal_kind = PIMSYNC_FATAL_DATABASE;
		}
		return false;
	}
	return !EG(exception);
}

/* A record found as it was written before has passed: its open dead letters close. */
static bool resolve_unchanged(run_ctx *c, zend_string *sku)
{
	if (!c->dead_letters_ready || pimsync_dead_letters_resolve_one(&c->dead_letters, sku, c->record_id) == SUCCESS) return true;
	c->stats->fatal = zend_strpprintf(0, "database failure: %s", c->err.message);
	c->stats->fatal_kind = PIMSYNC_FATAL_DATABASE;
	return false;
}

/* The record's model chain, asked for by code when the API source did not
 * list it (a delta run lists only the models changed in its window). NULL
 * when a model of the chain is not to be had. */
static pimsync_product_model *model_chain(run_ctx *c, zend_string *code)
{
	zend_string *want = code;
	for (int depth = 0; depth < 3; depth++) {
		pimsync_product_model *model = pimsync_models_find(&c->models, want);
		if (!model) {
			pimsync_error why;
			if (!c->source_kind_http || zend_hash_exists(&c->models_missing, want)) return NULL;
			int got = pimsync_source_fetch_model(&c->source, want, &c->models, c->stats, &why);
			if (got < 0) {
				pimsync_stats_warn(c->stats, "model_unreadable", NULL, "product model %s could not be read: %s", ZSTR_VAL(want), why.message);
			}
			if (got <= 0) {
				zend_hash_add_empty_element(&c->models_missing, want);
				return NULL;
			}
			model = pimsync_models_find(&c->models, want);
			if (!model) return NULL;
		}
		if (!model->parent) return pimsync_models_find(&c->models, code);
		want = model->parent;
	}
	return NULL;
}

/* A variant product: its inherited values and the configurable it belongs
 * to. A product naming a model that cannot be had keeps its links as they
 * are. false (err set): a model of its chain is not valid JSON, the product
 * is parked (its values would be incomplete). */
static bool attach_to_model(run_ctx *c, HashTable *product, pimsync_record *rec, zend_string *position, pimsync_error *err)
{
	zval *parent = zend_hash_str_find(product, "parent", sizeof("parent") - 1);
	rec->models_known = true;
	if (!parent || Z_TYPE_P(parent) != IS_STRING || !Z_STRLEN_P(parent)) return true; /* none: not a child (any more) */
	pimsync_product_model *model = model_chain(c, Z_STR_P(parent));
	pimsync_product_model *root = model ? pimsync_models_root(&c->models, model) : NULL;
	if (!root) {
		rec->models_known = false;
		pimsync_stats_warn(c->stats, "parent_unknown", position,
		                   "a product names product model %s, which the product-models feed does not have: it was written as it"
		                   " is, without inherited values, and its links to configurables were left as they are", Z_STRVAL_P(parent));
		return true;
	}
	zval *values = zend_hash_str_find(product, "values", sizeof("values") - 1);
	if (!values || Z_TYPE_P(values) != IS_ARRAY) {
		zval empty;
		array_init(&empty);
		values = zend_hash_str_update(product, "values", sizeof("values") - 1, &empty);
	}
	SEPARATE_ARRAY(values);
	pimsync_error why;
	pimsync_product_model *broken = pimsync_models_inherit(&c->models, model, Z_ARRVAL_P(values), &why);
	if (broken) {
		pimsync_error_set(err, "its product model %.200s (%s) is not valid JSON, so the values it inherits are unknown: %s",
		                  ZSTR_VAL(broken->code), ZSTR_VAL(broken->position), why.message);
		return false;
	}
	rec->parent_sku = pimsync_sku_trim(root->code);
	return true;
}

/* Handles a decoded record (a product, or a root product model as its
 * configurable when model is given); false stops the run. source_issues
 * (may be NULL): values the source left out while decoding, moved to the
 * record when it is mapped. */
static bool handle_decoded(run_ctx *c, const char *data, size_t len, zend_string *position, uint64_t raw_hash, zval *product,
                           pimsync_product_model *model, pimsync_family_variant *variant, pimsync_attribute **axes,
                           pimsync_issue_list *source_issues)
{
	pimsync_run_stats *s = c->stats;
	double t0 = pimsync_now();
	pimsync_sku_state *st;
	zend_string *sku;
	pimsync_error err;

	if (Z_TYPE_P(product) != IS_ARRAY || !(sku = pimsync_product_sku(&c->mapper, Z_ARRVAL_P(product)))) {
		bool parked = park_raw(c, position, NULL, data, len, Z_TYPE_P(product) != IS_ARRAY
			? "a product must be a JSON object" : "no identifier: neither \"identifier\" nor a value of the identifier attribute");
		c->unidentified++;
		zval_ptr_dtor(product);
		s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
		return parked;
	}
	/* the SKU Magento would store (it trims SKUs): state, duplicates, the
	 * entity lookup and the writes all see that one */
	zend_string *untrimmed = sku;
	sku = pimsync_sku_trim(untrimmed);
	if (ZSTR_LEN(sku) != ZSTR_LEN(untrimmed)) {
		if (ZSTR_LEN(sku) == 0) {
			bool parked = park_raw(c, position, untrimmed, data, len,
			                       "SKU is empty after trimming the spaces around it, as Magento trims SKUs");
			zend_string_release(sku);
			zval_ptr_dtor(product);
			s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
			return parked;
		}
		smart_str shown = {0}; /* tabs and new lines as \t, \n: the message stays one line */
		smart_str_append_escaped(&shown, ZSTR_VAL(untrimmed), ZSTR_LEN(untrimmed));
		smart_str_0(&shown);
		pimsync_stats_warn(s, "sku_trimmed", position,
		                   "SKU \"%s\" has spaces around it; written as \"%s\", as Magento trims SKUs", ZSTR_VAL(shown.s), ZSTR_VAL(sku));
		smart_str_free(&shown);
	}
	st = pimsync_state_find(&c->state, sku);
	zend_string *sku_key = pimsync_sku_key(sku);
	zval *first = zend_hash_find(&c->new_skus, sku_key);
	zval *model_at = model ? NULL : zend_hash_find(&c->model_skus, sku_key);
	if (c->catching_up && !model_at && ((st && st->seen_line) || first)) {
		/* listed by the window already, as a variant of a changed model: read once */
		s->seen--;
		zend_string_release(sku_key);
		zend_string_release(sku);
		zval_ptr_dtor(product);
		s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
		return true;
	}
	if (model_at || (st && st->seen_line) || first) {
		char reason[400];
		if (model_at) {
			/* one SKU, two products: the configurable keeps it, the simple one is not made into it */
			snprintf(reason, sizeof(reason), "SKU is the code of the product model at %.100s, which is its configurable product:"
			         " a simple product cannot have it", Z_STRVAL_P(model_at));
		} else {
			snprintf(reason, sizeof(reason), "duplicate record: SKU already read at record " ZEND_LONG_FMT " of this feed",
			         first ? Z_LVAL_P(first) : st->seen_line);
		}
		/* asked for alone, a duplicate would pass: it is told only when both are read together */
		zend_string *own_id = c->record_id;
		c->record_id = NULL;
		bool parked = park_raw(c, position, sku, data, len, reason);
		c->record_id = own_id;
		if (model) s->configurables_failed++;
		zend_string_release(sku_key);
		zend_string_release(sku);
		zval_ptr_dtor(product);
		s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
		return parked;
	}
	if (model) {
		zval at;
		ZVAL_STR_COPY(&at, position);
		zend_hash_add(&c->model_skus, sku_key, &at);
	}
	if (st) {
		st->seen_line = s->seen ? s->seen : -1;
	} else {
		zval at;
		ZVAL_LONG(&at, s->seen);
		zend_hash_add(&c->new_skus, sku_key, &at);
	}
	zend_string_release(sku_key);

	if (c->nbatch == c->batch_cap) {
		c->batch_cap = c->batch_cap ? c->batch_cap * 2 : 64;
		c->batch = erealloc(c->batch, c->batch_cap * sizeof(pimsync_record));
	}
	pimsync_record *rec = &c->batch[c->nbatch];
	memset(rec, 0, sizeof(*rec));
	rec->sku = sku; /* the record owns the trimmed SKU from here */
	rec->position = zend_string_copy(position);
	rec->source_id = c->record_id ? zend_string_copy(c->record_id) : NULL;
	rec->raw_hash = raw_hash;
	if (source_issues) {
		rec->issues = *source_issues;
		memset(source_issues, 0, sizeof(*source_issues));
	}
	if (model) {
		rec->configurable = true;
		rec->models_known = true;
		rec->naxes = variant->naxes;
		rec->axes = axes;
	}
	if ((!model && c->models.loaded && !attach_to_model(c, Z_ARRVAL_P(product), rec, position, &err))
	    || pimsync_map_product(&c->mapper, Z_ARRVAL_P(product), rec, &err) == FAILURE) {
		bool parked = park_raw(c, position, sku, data, len, err.message);
		if (model) s->configurables_failed++;
		pimsync_record_free(rec);
		zval_ptr_dtor(product);
		s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
		return parked && !EG(exception);
	}
	zval_ptr_dtor(product);
	s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;

	/* a record naming an option or category Magento lacks is never unchanged */
	if (st && st->record_hash == rec->record_hash && !rec->issues.n && !pimsync_record_has_pending(rec)) {
		/* new bytes, same meaning (Akeneo moved "updated"): remember the bytes only */
		smart_str *row = pimsync_bulk_row(&c->raw_only);
		pimsync_sql_quote(&c->db, row, ZSTR_VAL(sku), ZSTR_LEN(sku));
		smart_str_appendc(row, ',');
		smart_str_append_long(row, st->entity_id);
		smart_str_appendc(row, ',');
		smart_str_append_unsigned(row, raw_hash);
		smart_str_appendc(row, ',');
		smart_str_append_unsigned(row, rec->record_hash);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, s->run_id);
		pimsync_state_put(&c->state, sku, st->entity_id, raw_hash, rec->record_hash);
		pimsync_record_free(rec);
		if (model) s->configurables_unchanged++;
		else s->unchanged++;
		if (pimsync_bulk_row_end(&c->raw_only) == FAILURE) {
			c->stats->fatal = zend_strpprintf(0, "database failure: %s", c->err.message);
			c->stats->fatal_kind = PIMSYNC_FATAL_DATABASE;
			return false;
		}
		return resolve_unchanged(c, st->sku); /* sku went with the record */
	}
	rec->raw = zend_string_init(data, len, 0);
	c->nbatch++;
	if (c->nbatch >= (uint32_t) (c->opts->batch_size ? c->opts->batch_size : c->cfg->batch_size)) {
		return flush_batch(c);
	}
	return true;
}

/* Handles one source record; false stops the run. */
static bool handle_record(run_ctx *c, const char *data, size_t len, zend_string *position)
{
	pimsync_run_stats *s = c->stats;
	double t0 = pimsync_now();
	uint64_t seed = c->seed;
	zend_string *scanned = NULL;
	zval product;
	pimsync_issue_list issues = {0};
	pimsync_error err;

	s->seen++;
	if (c->models.loaded && (scanned = pimsync_models_scan_parent(data, len))) {
		/* a variant product's result depends on its models too: their bytes are in its hash */
		if (model_chain(c, scanned)) seed ^= pimsync_models_chain_hash(&c->models, scanned);
	}
	uint64_t raw_hash = pimsync_hash_bytes(data, len, seed);
	pimsync_sku_state *st = pimsync_state_find_raw(&c->state, raw_hash);
	if (st && st->record_hash != 0 && !st->seen_line) {
		/* the same bytes as last time: nothing to parse, nothing to write */
		st->seen_line = s->seen;
		s->unchanged++;
		if (scanned) zend_string_release(scanned);
		s->phase_seconds[PIMSYNC_PHASE_READ] += pimsync_now() - t0;
		return resolve_unchanged(c, st->sku);
	}
	s->phase_seconds[PIMSYNC_PHASE_READ] += pimsync_now() - t0;
	t0 = pimsync_now();

	if (pimsync_source_decode(&c->source, data, len, &product, &issues, &err) == FAILURE) {
		bool parked = park_raw(c, position, NULL, data, len, err.message);
		pimsync_issue_list_free(&issues);
		c->unidentified++;
		if (scanned) zend_string_release(scanned);
		s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
		return parked;
	}
	if (c->models.loaded && Z_TYPE(product) == IS_ARRAY) {
		zval *parent = zend_hash_str_find(Z_ARRVAL(product), "parent", sizeof("parent") - 1);
		zend_string *real = parent && Z_TYPE_P(parent) == IS_STRING && Z_STRLEN_P(parent) ? Z_STR_P(parent) : NULL;
		/* the scan saw another parent than the decoder (an escaped code, an odd layout):
		 * such a record is never skipped by its bytes, so it is never stale */
		if (!(real ? scanned && zend_string_equals(real, scanned) : !scanned)) raw_hash = 0;
	}
	if (scanned) zend_string_release(scanned);
	s->phase_seconds[PIMSYNC_PHASE_MAP] += pimsync_now() - t0;
	bool go_on = handle_decoded(c, data, len, position, raw_hash, &product, NULL, NULL, NULL, &issues);
	pimsync_issue_list_free(&issues); /* what a record parked before mapping did not take */
	return go_on;
}

/* ---- product models: root models as configurable products ---- */

static bool park_model(void *ctx, zend_string *position, const char *json, size_t len, const char *reason)
{
	run_ctx *c = ctx;
	c->stats->configurables_failed++;
	return park_raw(c, position, NULL, json, len, reason);
}

static bool park_known_model(run_ctx *c, pimsync_product_model *model, const char *reason)
{
	zend_string *sku = pimsync_sku_trim(model->code);
	bool parked;
	c->stats->configurables_failed++;
	parked = park_raw(c, model->position, sku, ZSTR_VAL(model->raw), ZSTR_LEN(model->raw), reason);
	zend_string_release(sku);
	return parked;
}

/* The Magento attributes of a family variant's axes, or NULL with why: a
 * configurable needs each to be a global select (Magento offers only those
 * for configurable products) in its attribute set. */
static pimsync_attribute **model_axes(run_ctx *c, pimsync_family_variant *variant, zend_long set_id, smart_str *why)
{
	pimsync_attribute **axes = safe_emalloc(variant->naxes, sizeof(pimsync_attribute *), 0);
	for (uint32_t i = 0; i < variant->naxes; i++) {
		zend_string *code = variant->axes[i];
		zval *rule = zend_hash_find(c->cfg->attributes, code);
		zend_string *target = code;
		if (rule && Z_TYPE_P(rule) == IS_NULL) {
			smart_str_append_printf(why, "axis %s is configured as not synced (attributes.%s is null)", ZSTR_VAL(code), ZSTR_VAL(code));
			break;
		}
		if (rule) target = Z_STR_P(zend_hash_str_find(Z_ARRVAL_P(rule), "to", 2));
		pimsync_attribute *attr = zend_hash_find_ptr(&c->meta.attributes, target);
		if (!attr) {
			smart_str_append_printf(why, "axis %s is not a Magento product attribute", ZSTR_VAL(target));
			break;
		}
		if (attr->input != PIMSYNC_INPUT_SELECT || !attr->table_options || attr->scope != PIMSYNC_SCOPE_GLOBAL) {
			/* pimsync does not change an attribute's scope or type: that is the catalog's design, and changes what other products show */
			smart_str_append_printf(why, "axis %s must be a global (is_global 1) dropdown attribute with its own options to be a"
			                        " configurable attribute in Magento; it is %s%s%s", ZSTR_VAL(attr->code),
			                        attr->input == PIMSYNC_INPUT_SELECT ? "a select" : "not a select",
			                        attr->scope == PIMSYNC_SCOPE_GLOBAL ? ", global" : attr->scope == PIMSYNC_SCOPE_WEBSITE ? ", per website" : ", per store view",
			                        attr->table_options ? "" : ", with a source model of its own");
			break;
		}
		if (!c->cfg->assign_attribute_sets && !pimsync_attribute_sets_has(&c->writer.sets, set_id, attr)) {
			smart_str_append_printf(why, "axis %s is not in the configurable's attribute set (id " ZEND_LONG_FMT ") and"
			                        " attribute_sets.assign_missing is false", ZSTR_VAL(attr->code), set_id);
			break;
		}
		axes[i] = attr;
	}
	if (why->s) {
		efree(axes);
		return NULL;
	}
	return axes;
}

static bool handle_model(run_ctx *c, pimsync_product_model *model)
{
	pimsync_run_stats *s = c->stats;
	pimsync_family_variant *variant = pimsync_models_variant(&c->models, model);
	uint64_t raw_hash = pimsync_hash_bytes(ZSTR_VAL(model->raw), ZSTR_LEN(model->raw), c->seed ^ (variant ? variant->hash : 0));
	pimsync_sku_state *st = pimsync_state_find_raw(&c->state, raw_hash);
	const char *data = ZSTR_VAL(model->raw);
	size_t len = ZSTR_LEN(model->raw);

	if (st && st->record_hash != 0 && !st->seen_line) {
		/* the same model and axes as last time */
		zend_string *key = pimsync_sku_key(st->sku);
		zval at;
		ZVAL_STR_COPY(&at, model->position);
		zend_hash_add(&c->model_skus, key, &at);
		zend_string_release(key);
		st->seen_line = -1;
		s->configurables_unchanged++;
		return resolve_unchanged(c, st->sku);
	}
	if (!variant || !variant->naxes) {
		char reason[400];
		snprintf(reason, sizeof(reason), model->family_variant
		         ? "its family variant %.200s is not in the family variants feed, or has no axes: a configurable needs its axes"
		         : "a product model without a family_variant%.0s", model->family_variant ? ZSTR_VAL(model->family_variant) : "");
		return park_known_model(c, model, reason);
	}
	pimsync_error unreadable;
	HashTable *item = pimsync_models_item(&c->models, model, &unreadable);
	if (!item) return park_known_model(c, model, unreadable.message);
	zval product;
	ZVAL_ARR(&product, zend_array_dup(item));
	zend_hash_str_del(Z_ARRVAL(product), "parent", sizeof("parent") - 1);
	zend_hash_str_del(Z_ARRVAL(product), "enabled", sizeof("enabled") - 1); /* a model has none: its configurable is enabled */
	zval code;
	ZVAL_STR_COPY(&code, model->code);
	zend_hash_str_update(Z_ARRVAL(product), "identifier", sizeof("identifier") - 1, &code);

	/* the set the mapper will choose, for the axes' membership */
	zend_long set_id;
	pimsync_error set_err;
	if (pimsync_mapper_attribute_set(&c->mapper, zend_hash_str_find(Z_ARRVAL(product), "family", sizeof("family") - 1),
	                                 &set_id, &set_err) == FAILURE) {
		zval_ptr_dtor(&product);
		return park_known_model(c, model, set_err.message);
	}

	smart_str why = {0};
	pimsync_attribute **axes = model_axes(c, variant, set_id, &why);
	if (!axes) {
		smart_str_0(&why);
		char reason[600];
		snprintf(reason, sizeof(reason), "product model %.100s cannot be a configurable product: %s (family variant %.100s)",
		         ZSTR_VAL(model->code), ZSTR_VAL(why.s), ZSTR_VAL(variant->code));
		smart_str_free(&why);
		zval_ptr_dtor(&product);
		return park_known_model(c, model, reason);
	}
	return handle_decoded(c, data, len, model->position, raw_hash, &product, model, variant, axes, NULL);
}

typedef struct {
	run_ctx *c;
	HashTable clashing; /* pimsync_sku_key => type_id */
} clash_ctx;

static bool clash_cb(void *ctx, HashTable *row)
{
	clash_ctx *k = ctx;
	zend_string *raw = zval_get_string(zend_hash_index_find(row, 0)), *key = pimsync_sku_key(raw);
	zval type;
	ZVAL_STR(&type, zval_get_string(zend_hash_index_find(row, 1)));
	zend_hash_update(&k->clashing, key, &type);
	zend_string_release(raw);
	zend_string_release(key);
	return true;
}

/* A configurable whose SKU a product of another type has in Magento is
 * parked: converting it would change what that product is. */
static bool park_clashing_models(run_ctx *c)
{
	clash_ctx k = { .c = c };
	smart_str sql = {0};
	uint32_t kept = 0;

	if (!c->nbatch) return true;
	zend_hash_init(&k.clashing, 8, NULL, ZVAL_PTR_DTOR, 0);
	smart_str_appends(&sql, "SELECT sku, type_id FROM catalog_product_entity WHERE type_id <> 'configurable' AND sku IN (");
	for (uint32_t i = 0; i < c->nbatch; i++) {
		if (i) smart_str_appendc(&sql, ',');
		pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(c->batch[i].sku), ZSTR_LEN(c->batch[i].sku));
	}
	smart_str_appendc(&sql, ')');
	pimsync_meta_append_live(&c->meta, &sql, NULL);
	smart_str_0(&sql);
	zend_result r = pimsync_db_each_row(&c->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), clash_cb, &k);
	smart_str_free(&sql);
	for (uint32_t i = 0; i < c->nbatch && r == SUCCESS; i++) {
		pimsync_record *rec = &c->batch[i];
		zend_string *key = pimsync_sku_key(rec->sku);
		zval *type = zend_hash_find(&k.clashing, key);
		zend_string_release(key);
		if (!type) {
			if (kept != i) {
				c->batch[kept] = *rec;
				memset(rec, 0, sizeof(*rec)); /* one owner: a failure below frees the batch as it stands */
			}
			kept++;
			continue;
		}
		char reason[400];
		snprintf(reason, sizeof(reason), "Magento has a %.40s product with SKU %.100s: the product model of that code was not made"
		         " into a configurable (a product's type is not changed by pimsync)", Z_STRVAL_P(type), ZSTR_VAL(rec->sku));
		if (park_record(c, rec, reason) == FAILURE) r = FAILURE;
		c->stats->configurables_failed++;
		pimsync_record_free(rec);
	}
	zend_hash_destroy(&k.clashing);
	if (r == FAILURE) {
		/* records after the failure are still in place and freed with the batch */
		return false;
	}
	c->nbatch = kept;
	return true;
}

/* Root models become configurables, written before any product so that
 * their children find them. */
static bool write_models(run_ctx *c)
{
	pimsync_product_model *model;
	bool ok = true;

	c->models_phase = true;
	ZEND_HASH_FOREACH_PTR(&c->models.models, model) {
		if (model->parent) continue;
		if (!(ok = handle_model(c, model)) || EG(exception)) break;
	} ZEND_HASH_FOREACH_END();
	if (ok && !EG(exception)) ok = flush_batch(c);
	c->models_phase = false;
	return ok && !EG(exception);
}

/* ---- absent SKUs of a full feed ---- */

/* Disables one chunk of absent products and marks them in the state, in one
 * transaction: record_hash 0 means "disabled as absent", so the product is
 * rewritten (and enabled) when it returns, even with the same bytes. */
static bool disable_chunk(run_ctx *c, pimsync_sku_state **chunk, zend_long *ids, uint32_t n)
{
	smart_str sql = {0};
	zend_result r;

	smart_str_appends(&sql, "UPDATE pimsync_product_state SET record_hash = 0, last_run_id = ");
	smart_str_append_long(&sql, c->stats->run_id);
	smart_str_appends(&sql, " WHERE entity_id IN (");
	for (uint32_t i = 0; i < n; i++) {
		if (i) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, ids[i]);
	}
	smart_str_appendc(&sql, ')');
	zval configurables;
	ZVAL_LONG(&configurables, 0);
	r = pimsync_db_begin(&c->db);
	if (r == SUCCESS && c->models.loaded) {
		/* the report tells the configurables of models gone from the feed apart */
		smart_str count = {0};
		smart_str_appends(&count, "SELECT COUNT(DISTINCT entity_id) FROM catalog_product_entity WHERE type_id = 'configurable' AND entity_id IN (");
		for (uint32_t i = 0; i < n; i++) {
			if (i) smart_str_appendc(&count, ',');
			smart_str_append_long(&count, ids[i]);
		}
		smart_str_appendc(&count, ')');
		smart_str_0(&count);
		r = pimsync_db_fetch_one(&c->db, ZSTR_VAL(count.s), &configurables);
		smart_str_free(&count);
	}
	if (r == SUCCESS) r = pimsync_disable_entities(&c->writer, ids, n);
	if (r == SUCCESS) r = pimsync_db_exec_str(&c->db, &sql, NULL);
	if (r == SUCCESS) r = pimsync_db_commit(&c->db);
	if (r == FAILURE) pimsync_db_rollback(&c->db);
	smart_str_free(&sql);
	if (r == FAILURE) return false;
	for (uint32_t i = 0; i < n; i++) {
		chunk[i]->record_hash = 0;
		pimsync_stats_changed(c->stats, ids[i], "disabled", c->meta.status->code);
	}
	pimsync_stats_rows(c->stats, "catalog_product_entity_int", n);
	c->stats->disabled += n;
	c->stats->configurables_disabled += zval_get_long(&configurables);
	zval_ptr_dtor(&configurables);
	return true;
}

static bool handle_absent(run_ctx *c)
{
	pimsync_sku_state *st;
	zend_long ids[ABSENT_CHUNK];
	pimsync_sku_state *chunk[ABSENT_CHUNK];
	uint32_t n = 0;
	zend_long known = 0, absent = 0;

	ZEND_HASH_FOREACH_PTR(&c->state.by_sku, st) {
		if (st->record_hash == 0) continue;
		known++;
		if (!st->seen_line) absent++;
	} ZEND_HASH_FOREACH_END();
	if (!absent) return true;
	if (c->cfg->absent != PIMSYNC_ABSENT_DISABLE) {
		pimsync_stats_warn(c->stats, "absent_ignored", NULL,
		                   ZEND_LONG_FMT " products pimsync wrote before are absent from this full feed and were left as they are"
		                   " (absent: \"ignore\")", absent);
		return true;
	}
	/* disabling is a write of status: only its owner's source may do it (ownership.h) */
	pimsync_system status_owner = c->cfg->ownership.field_owner[PIMSYNC_FIELD_STATUS];
	if (c->cfg->ownership.enforced && status_owner != c->cfg->source_system) {
		pimsync_stats_warn(c->stats, "absent_not_owner", NULL,
		                   ZEND_LONG_FMT " products pimsync wrote before are absent from this full feed; status belongs to %s, so"
		                   " this %s source disabled none of them", absent, pimsync_system_label(status_owner),
		                   c->cfg->source_system == PIMSYNC_SYSTEM_ERP ? "ERP" : "PIM");
		pimsync_stats_refused(c->stats, "status", absent);
		return true;
	}
	/* a truncated or wrong feed must not switch the catalog off */
	if (c->stats->seen == c->stats->failed || absent * 100 > known * c->cfg->absent_max_percent) {
		pimsync_stats_warn(c->stats, "absent_guard", NULL,
		                   ZEND_LONG_FMT " of " ZEND_LONG_FMT " products are absent from this feed, more than absent_max_percent (" ZEND_LONG_FMT "%%)"
		                   " or with no readable record: none was disabled", absent, known, c->cfg->absent_max_percent);
		return true;
	}
	/* an unreadable record may be one of the "absent" products */
	if (c->unidentified) {
		pimsync_stats_warn(c->stats, "absent_unidentified", NULL,
		                   ZEND_LONG_FMT " records could not be read far enough to know their SKU: the " ZEND_LONG_FMT
		                   " absent products were not disabled", c->unidentified, absent);
		return true;
	}
	ZEND_HASH_FOREACH_PTR(&c->state.by_sku, st) {
		if (st->seen_line || st->record_hash == 0) continue;
		chunk[n] = st;
		ids[n++] = st->entity_id;
		if (n == ABSENT_CHUNK) {
			if (!disable_chunk(c, chunk, ids, n)) return false;
			n = 0;
		}
	} ZEND_HASH_FOREACH_END();
	return n == 0 || disable_chunk(c, chunk, ids, n);
}

/* ---- run bookkeeping ---- */

static zend_result start_run(run_ctx *c)
{
	smart_str sql = {0};
	zend_string *source;
	zval id;
	zend_result r;

	smart_str_appends(&sql, "INSERT INTO pimsync_run (status, mode, source, source_key, started_at) VALUES ('running', ");
	pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(c->stats->mode), ZSTR_LEN(c->stats->mode));
	smart_str_appendc(&sql, ',');
	/* a path is bytes: the text column gets it as valid UTF-8, cut between characters */
	source = pimsync_utf8_sanitized(ZSTR_VAL(c->stats->source), ZSTR_LEN(c->stats->source), 0, 255);
	pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(source), ZSTR_LEN(source));
	zend_string_release(source);
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(c->source_key), ZSTR_LEN(c->source_key));
	smart_str_appends(&sql, ", UTC_TIMESTAMP())");
	r = pimsync_db_exec_str(&c->db, &sql, NULL);
	smart_str_free(&sql);
	if (r == FAILURE) return FAILURE;
	if (pimsync_db_fetch_one(&c->db, "SELECT LAST_INSERT_ID()", &id) == FAILURE) return FAILURE;
	c->stats->run_id = zval_get_long(&id);
	zval_ptr_dtor(&id);
	return SUCCESS;
}

static void finish_run(run_ctx *c)
{
	pimsync_run_stats *s = c->stats;
	smart_str sql = {0}, json = {0};
	zval report;
	pimsync_error keep = c->err;

	if (!s->run_id) return;
	pimsync_stats_to_array(s, &report, false);
	php_json_encode(&json, &report, PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_INVALID_UTF8_SUBSTITUTE);
	smart_str_0(&json);
	zval_ptr_dtor(&report);
	smart_str_appends(&sql, "UPDATE pimsync_run SET status = '");
	smart_str_appends(&sql, pimsync_stats_status(s));
	smart_str_appends(&sql, "', finished_at = UTC_TIMESTAMP()");
#define COUNT(name) smart_str_appends(&sql, ", " #name " = "); smart_str_append_long(&sql, s->name);
	COUNT(seen) COUNT(created) COUNT(updated) COUNT(unchanged) COUNT(disabled) COUNT(failed)
#undef COUNT
	smart_str_appends(&sql, ", elapsed_s = ");
	smart_str_append_double(&sql, pimsync_now() - s->started, 3, false);
	smart_str_appends(&sql, ", report = ");
	pimsync_sql_quote(&c->db, &sql, json.s ? ZSTR_VAL(json.s) : "{}", json.s ? ZSTR_LEN(json.s) : 2);
	smart_str_appends(&sql, ", message = ");
	if (s->fatal) {
		/* it may quote bytes of the source (a path, a record) */
		zend_string *message = pimsync_utf8_sanitized(ZSTR_VAL(s->fatal), ZSTR_LEN(s->fatal), 65535, 0);
		pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(message), ZSTR_LEN(message));
		zend_string_release(message);
	} else {
		smart_str_appends(&sql, "NULL");
	}
	smart_str_appends(&sql, " WHERE run_id = ");
	smart_str_append_long(&sql, s->run_id);
	pimsync_db_rollback(&c->db); /* never leave a batch open behind a failure */
	if (pimsync_db_exec_str(&c->db, &sql, NULL) == FAILURE) {
		pimsync_stats_warn(s, "run_row", NULL, "the pimsync_run row could not be closed: %s", c->err.message);
	}
	smart_str_free(&sql);
	smart_str_free(&json);
	c->err = keep;
}

static void fail(run_ctx *c, pimsync_fatal_kind kind, const char *prefix)
{
	if (c->stats->fatal) return;
	c->stats->fatal = zend_strpprintf(0, "%s%s", prefix, c->err.message);
	c->stats->fatal_kind = kind;
}

/* Runs that died before closing their row: told in this run's report. */
static bool close_dead_runs(run_ctx *c)
{
	zend_long aborted, removed;
	if (pimsync_run_lock_close_dead_runs(&c->lock, &c->db, c->stats->run_id, &aborted, &removed) == FAILURE) {
		fail(c, PIMSYNC_FATAL_DATABASE, "cannot close the runs left running: ");
		return false;
	}
	if (aborted || removed) {
		pimsync_stats_warn(c->stats, "aborted_runs", NULL,
		                   ZEND_LONG_FMT " earlier run%s stopped without closing %s row (killed, out of memory, or a lost"
		                   " connection): closed as aborted; " ZEND_LONG_FMT " temporary file%s left behind removed",
		                   aborted, aborted == 1 ? "" : "s", aborted == 1 ? "its" : "their", removed, removed == 1 ? "" : "s");
	}
	return true;
}

/* Only what changes the mapped result counts: not where the feed lives, but
 * the units metric values go to (Magento's weight unit among them) and every
 * family's conversions, so that a change there re-maps unchanged lines. */
static uint64_t config_seed(pimsync_config *cfg, pimsync_mapper *mapper, pimsync_measures *measures)
{
	smart_str json = {0};
	uint64_t seed;
	zval mapping, units;
	ZVAL_ARR(&mapping, zend_array_dup(Z_ARRVAL(cfg->normalized)));
	if (cfg->source_kind == PIMSYNC_SOURCE_CSV || cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		/* how a CSV row is read (separators, date format, columns) is what its bytes mean; where the file is is not */
		zval reading;
		ZVAL_ARR(&reading, zend_array_dup(cfg->source));
		zend_hash_str_del(Z_ARRVAL(reading), "path", sizeof("path") - 1);
		zend_hash_str_del(Z_ARRVAL(reading), "max_record_bytes", sizeof("max_record_bytes") - 1);
		zend_hash_str_update(Z_ARRVAL(mapping), "csv_source", sizeof("csv_source") - 1, &reading);
	}
	zend_hash_str_del(Z_ARRVAL(mapping), "source", sizeof("source") - 1);
	zend_hash_str_del(Z_ARRVAL(mapping), "batch_size", sizeof("batch_size") - 1);
	{
		/* how the tree is written does not change how a product maps */
		zval *cat = zend_hash_str_find(Z_ARRVAL(mapping), "categories", sizeof("categories") - 1);
		static const char *const tree_only[] = {"removed", "url_keys_follow_labels", "is_active", "include_in_menu", NULL};
		if (cat && Z_TYPE_P(cat) == IS_ARRAY) {
			SEPARATE_ARRAY(cat);
			for (int i = 0; tree_only[i]; i++) zend_hash_str_del(Z_ARRVAL_P(cat), tree_only[i], strlen(tree_only[i]));
		}
	}
	zend_hash_str_del(Z_ARRVAL(mapping), "structure", sizeof("structure") - 1); /* it writes no value of a product */
	{
		/* without rules the seed is what it was before transformations existed; with them, a changed rule re-maps every line */
		zval *rules = zend_hash_str_find(Z_ARRVAL(mapping), "transformations", sizeof("transformations") - 1);
		if (rules && Z_TYPE_P(rules) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(rules)) == 0) {
			zend_hash_str_del(Z_ARRVAL(mapping), "transformations", sizeof("transformations") - 1);
		}
	}
	{
		/* images: only which values are images, with their roles and labels, changes a record; where its jobs go
		 * does not, and with images off the seed is what it was before they existed */
		zval *images = zend_hash_str_find(Z_ARRVAL(mapping), "images", sizeof("images") - 1);
		if (!cfg->images.enabled) {
			zend_hash_str_del(Z_ARRVAL(mapping), "images", sizeof("images") - 1);
		} else if (images && Z_TYPE_P(images) == IS_ARRAY) {
			zval kept;
			array_init(&kept);
			static const char *const mapping_keys[] = {"enabled", "attributes", "labels", NULL};
			for (int i = 0; mapping_keys[i]; i++) {
				zval *v = zend_hash_str_find(Z_ARRVAL_P(images), mapping_keys[i], strlen(mapping_keys[i]));
				if (v) {
					Z_TRY_ADDREF_P(v);
					zend_hash_str_add(Z_ARRVAL(kept), mapping_keys[i], strlen(mapping_keys[i]), v);
				}
			}
			zend_hash_str_update(Z_ARRVAL(mapping), "images", sizeof("images") - 1, &kept);
		}
	}
	{
		/* ownership: when a matrix is enforced, the source's system decides what a record writes too; with
		 * matrix "none" the seed is what it was before ownership existed */
		zval *own = zend_hash_str_find(Z_ARRVAL(mapping), "ownership", sizeof("ownership") - 1);
		if (!cfg->ownership.enforced) {
			zend_hash_str_del(Z_ARRVAL(mapping), "ownership", sizeof("ownership") - 1);
		} else if (own && Z_TYPE_P(own) == IS_ARRAY) {
			SEPARATE_ARRAY(own);
			add_assoc_string(own, "system", (char *) pimsync_system_names[cfg->source_system]);
		}
	}
	ZVAL_ARR(&units, zend_array_dup(&mapper->target_units));
	zend_hash_str_update(Z_ARRVAL(mapping), "units", sizeof("units") - 1, &units);
	php_json_encode(&json, &mapping, 0);
	zval_ptr_dtor(&mapping);
	pimsync_measures_fingerprint(measures, &json);
	smart_str_appends(&json, "pimsync-record-v1");
	smart_str_0(&json);
	seed = pimsync_hash_bytes(ZSTR_VAL(json.s), ZSTR_LEN(json.s), 0);
	smart_str_free(&json);
	return seed;
}

static const char *source_id_name(pimsync_config *cfg)
{
	zval *endpoint = zend_hash_str_find(cfg->source, "endpoint", sizeof("endpoint") - 1);
	return endpoint && Z_TYPE_P(endpoint) == IS_STRING && zend_string_equals_literal(Z_STR_P(endpoint), "products")
		? "identifier" : "uuid";
}

/* The window of a delta run: from the start of the last run of the same source
 * that finished reading (success, or partial: what it parked is asked for by
 * id), less the overlap, so a change stamped in the second that run started is
 * read again (the byte hash makes that free). Runs recorded before source_key
 * existed count when they were fully successful runs of the same base URL. */
static zend_result read_window(run_ctx *c)
{
	smart_str sql = {0};
	zend_result r;

	smart_str_appends(&sql, "SELECT DATE_FORMAT(MAX(started_at) - INTERVAL ");
	smart_str_append_long(&sql, c->delta_overlap);
	smart_str_appends(&sql, " SECOND, '%Y-%m-%d %H:%i:%s') FROM pimsync_run WHERE (source_key = ");
	pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(c->source_key), ZSTR_LEN(c->source_key));
	smart_str_appends(&sql, " AND status IN ('success', 'partial')) OR (source_key IS NULL AND status = 'success' AND source = ");
	pimsync_sql_quote(&c->db, &sql, ZSTR_VAL(c->stats->source), MIN(ZSTR_LEN(c->stats->source), 255));
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_fetch_one(&c->db, ZSTR_VAL(sql.s), &c->since);
	smart_str_free(&sql);
	if (r == SUCCESS && Z_TYPE(c->since) == IS_STRING) c->opts->since = Z_STR(c->since);
	return r;
}

/* The PIM's category tree, read whole (HTTP before any transaction), then
 * written in a transaction of its own before the first product: the
 * products then find their categories by code. A PIM that refuses the
 * listing (an API user without the permission) leaves the tree as it is,
 * with a warning; a database failure stops the run. */
static bool sync_categories(run_ctx *c)
{
	double t0 = pimsync_now();
	pimsync_category_tree *tree = pimsync_category_tree_new(&c->db, c->cfg, &c->meta, &c->mapper.locale_stores, c->stats);
	pimsync_error why;
	bool ok = true;
	int got = pimsync_source_each_category(&c->source, c->cfg, pimsync_category_tree_add_json, tree, c->stats, &why);

	if (got < 0 && c->source_kind_http) {
		pimsync_stats_warn(c->stats, "categories", NULL, "the PIM's categories could not be read, the tree was left as it is: %s",
		                   why.message);
	} else if (got < 0) {
		c->err = why;
		fail(c, PIMSYNC_FATAL_SOURCE, "cannot read the categories: ");
		ok = false;
	} else if (got > 0 && pimsync_category_tree_write(tree) == FAILURE) {
		fail(c, PIMSYNC_FATAL_DATABASE, "cannot write the category tree: ");
		ok = false;
	} else if (got > 0) {
		/* moved or re-keyed categories: their products' category paths follow, as a category save in Magento does */
		zend_long followed;
		if (pimsync_product_rewrites_follow_categories(&c->writer.rewrites, c->stats->run_id,
		                                               pimsync_category_tree_paths_changed(tree), &followed) == FAILURE) {
			fail(c, PIMSYNC_FATAL_DATABASE, "cannot bring the products' category-path rewrites in line with the tree: ");
			ok = false;
		} else if (followed && Z_TYPE(c->stats->categories) == IS_ARRAY) {
			SEPARATE_ARRAY(&c->stats->categories);
			add_assoc_long(&c->stats->categories, "product_rewrites_followed", followed);
		}
	}
	pimsync_category_tree_free(tree);
	c->stats->phase_seconds[PIMSYNC_PHASE_PREPARE] += pimsync_now() - t0;
	return ok && !EG(exception);
}

/* Reads records until the source ends (0), fails (-1) or the run stops (1). */
static int read_records(run_ctx *c)
{
	const char *data;
	size_t len;
	zend_string *position;
	int got;

	for (;;) {
		double tr = pimsync_now();
		got = pimsync_source_next(&c->source, &data, &len, &position, &c->err);
		c->stats->phase_seconds[PIMSYNC_PHASE_READ] += pimsync_now() - tr;
		if (got <= 0) return got;
		if (got == 2) {
			/* a record the source could not read whole (a line over max_line_bytes): parked by position, never decoded */
			c->stats->seen++;
			c->unidentified++;
			c->record_length = pimsync_source_partial_length(&c->source);
			bool parked = park_raw(c, position, NULL, data, len, c->err.message);
			c->record_length = 0;
			zend_string_release(position);
			if (!parked) return 1;
			continue;
		}
		c->record_id = pimsync_source_record_id(&c->source);
		pimsync_dead_letters_read(&c->dead_letters, c->record_id);
		bool go_on = handle_record(c, data, len, position);
		zend_string_release(position);
		if (c->record_id) zend_string_release(c->record_id);
		c->record_id = NULL;
		if (!go_on) return 1;
		if (c->stats->seen % PROGRESS_EVERY == 0) report_progress(c, false);
		if (EG(exception)) return 1;
	}
}

/* Ids asked for again that did not come back are no longer at the source. */
static void close_gone(run_ctx *c)
{
	zend_long gone;
	if (pimsync_dead_letters_close_gone(&c->dead_letters, &gone) == FAILURE) {
		pimsync_stats_warn(c->stats, "dead_letter_write", NULL, "parked records the source no longer serves could not be closed: %s", c->err.message);
	} else if (gone) {
		pimsync_stats_warn(c->stats, "parked_gone", NULL,
		                   ZEND_LONG_FMT " records parked by earlier runs are no longer served by the source (deleted, or out of"
		                   " the API user's reach): their dead letters are closed as gone", gone);
	}
}

/* Akeneo's standard families, extended by the PIM's own: the file the config
 * names, or the API's list. An API that cannot answer (an older PIM, a
 * connection without the permission) leaves the standard families, with a
 * warning; units it would have added are then refused value by value. */
static bool load_measures(run_ctx *c)
{
	pimsync_measures_init_standard(&c->measures);
	c->measures_ready = true;
	if (c->cfg->source_kind != PIMSYNC_SOURCE_AKENEO_API) {
		zval *path = zend_hash_str_find(c->cfg->source, "measurement_families_path", sizeof("measurement_families_path") - 1);
		if (path && Z_TYPE_P(path) == IS_STRING && pimsync_measures_add_file(&c->measures, Z_STRVAL_P(path), &c->err) == FAILURE) {
			fail(c, PIMSYNC_FATAL_CONFIG, "");
			return false;
		}
		return true;
	}
	smart_str body = {0};
	pimsync_error why;
	zend_result got = pimsync_source_measurement_families(&c->source, &body, &why);
	smart_str_0(&body); /* PHP's JSON scanner reads up to a terminating NUL */
	if (got == FAILURE
	    || pimsync_measures_add_json(&c->measures, body.s ? ZSTR_VAL(body.s) : "", body.s ? ZSTR_LEN(body.s) : 0,
	                                 "GET /api/rest/v1/measurement-families", &why) == FAILURE) {
		pimsync_stats_warn(c->stats, "measurement_families", NULL,
		                   "the PIM's measurement families could not be read, Akeneo's standard ones are used: %s", why.message);
	}
	smart_str_free(&body);
	return !EG(exception);
}

void pimsync_sync_run(zend_object *pdo, pimsync_config *cfg, pimsync_run_options *opts, pimsync_run_stats *stats)
{
	run_ctx c;
	double t0 = pimsync_now();
	int got;

	memset(&c, 0, sizeof(c));
	ZVAL_NULL(&c.since);
	c.cfg = cfg;
	c.opts = opts;
	c.stats = stats;
	zend_hash_init(&c.new_skus, 1024, NULL, NULL, 0);
	zend_hash_init(&c.model_skus, 64, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&c.models_missing, 8, NULL, NULL, 0);
	pimsync_models_init(&c.models);
	stats->mode = zend_string_init(opts->full ? "full" : "delta", opts->full ? 4 : 5, 0);
	stats->source = pimsync_source_describe(cfg);
	{
		/* a path is bytes: the window's key is kept as the text column will hold it */
		zend_string *key = pimsync_source_key(cfg, &c.delta_overlap);
		c.source_key = pimsync_utf8_sanitized(ZSTR_VAL(key), ZSTR_LEN(key), 0, 255);
		zend_string_release(key);
	}
	c.source_kind_http = cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API;

	if (pimsync_db_open(&c.db, pdo, &c.err) == FAILURE) { fail(&c, PIMSYNC_FATAL_DATABASE, ""); goto done; }
	if (pimsync_run_lock_acquire(&c.lock, &c.db, opts->lock_wait, &c.err) == FAILURE) {
		fail(&c, c.lock.busy ? PIMSYNC_FATAL_LOCKED : PIMSYNC_FATAL_DATABASE, c.lock.busy ? "" : "cannot take the run lock: ");
		goto done;
	}
	c.db.temp_prefix = c.lock.temp_prefix;
	if (pimsync_install_schema(pdo, &c.err) == FAILURE) { fail(&c, PIMSYNC_FATAL_DATABASE, "cannot create pimsync tables: "); goto done; }
	if (opts->plan) {
		/* every write from here on is undone at the end, those outside batches as well (pdo_bridge.h) */
		stats->plan = pimsync_plan_new(&cfg->ownership);
		if (pimsync_db_plan_begin(&c.db) == FAILURE) { fail(&c, PIMSYNC_FATAL_DATABASE, "cannot start the plan's transaction: "); goto done; }
	}
	if (start_run(&c) == FAILURE) { fail(&c, PIMSYNC_FATAL_DATABASE, "cannot record the run: "); goto done; }
	if (!close_dead_runs(&c)) goto done;
	if (cfg->structure_auto) {
		/* inside the run lock, before any product: batches then only look codes up */
		pimsync_fatal_kind kind;
		double ts = pimsync_now();
		zval_ptr_dtor(&stats->structure);
		ZVAL_NULL(&stats->structure);
		if (pimsync_structure_sync(&c.db, cfg, false, &opts->sleep, stats, &stats->structure, &kind, &c.err) == FAILURE) {
			fail(&c, kind, "the structure phase failed: ");
			goto done;
		}
		stats->phase_seconds[PIMSYNC_PHASE_PREPARE] += pimsync_now() - ts;
	}
	c.meta_loaded = true; /* freed whatever the outcome: the load fills it as it goes */
	if (pimsync_meta_load(&c.meta, &c.db) == FAILURE) { fail(&c, PIMSYNC_FATAL_SCHEMA, ""); goto done; }
	c.state_loaded = true; /* its tables exist even when the read fails */
	if (pimsync_state_load(&c.state, &c.db) == FAILURE) { fail(&c, PIMSYNC_FATAL_DATABASE, "cannot read pimsync_product_state: "); goto done; }
	pimsync_entities_init(&c.entities, &c.db, cfg, &c.meta, stats);
	c.entities_ready = true;
	if (pimsync_mapper_init(&c.mapper, cfg, &c.meta, stats, &c.err) == FAILURE) { fail(&c, PIMSYNC_FATAL_CONFIG, ""); goto done; }
	c.mapper_ready = true;
	pimsync_ownership_resolve(&cfg->ownership, &c.meta, stats); /* each attribute's owner, once: the gate is a comparison */
	c.entities.locale_stores = &c.mapper.locale_stores;
	if (pimsync_writer_init(&c.writer, &c.db, cfg, &c.meta, stats, &c.state, stats->run_id, &c.err) == FAILURE) {
		fail(&c, PIMSYNC_FATAL_CONFIG, "");
		goto done;
	}
	c.writer.validation = &c.mapper.validation;
	c.writer_ready = true;
	stats->load_data = c.db.local_infile;
	pimsync_bulk_init(&c.raw_only, &c.db, NULL, "pimsync_product_state",
	                  "INSERT INTO pimsync_product_state (sku, entity_id, raw_hash, record_hash, last_run_id) VALUES ",
	                  " ON DUPLICATE KEY UPDATE raw_hash = VALUES(raw_hash), last_run_id = VALUES(last_run_id)");
	c.dead_letters_ready = true; /* its tables exist even when the read fails */
	if (pimsync_dead_letters_load(&c.dead_letters, &c.db, stats->run_id, c.source_key) == FAILURE) {
		fail(&c, PIMSYNC_FATAL_DATABASE, "cannot read pimsync_dead_letter: ");
		goto done;
	}
	c.writer.dead_letters = &c.dead_letters;
	c.writer.entities = &c.entities;
	if (cfg->images.enabled) {
		c.images_ready = true; /* closed whatever the outcome */
		if (pimsync_image_jobs_open(&c.images, &c.db, cfg, stats, stats->run_id) == FAILURE) {
			fail(&c, PIMSYNC_FATAL_DATABASE, "cannot read pimsync_image_outbox: ");
			goto done;
		}
		c.writer.images = &c.images;
	}
	if (c.source_kind_http && !opts->full && !opts->since && read_window(&c) == FAILURE) { fail(&c, PIMSYNC_FATAL_DATABASE, ""); goto done; }
	if (pimsync_source_open(&c.source, cfg, opts, &c.entities, &c.err) == FAILURE) { fail(&c, c.source_kind_http ? PIMSYNC_FATAL_HTTP : PIMSYNC_FATAL_SOURCE, "cannot read the source: "); goto done; }
	c.source_open = true;
	if (!load_measures(&c)) goto done;
	if (pimsync_mapper_use_measures(&c.mapper, &c.measures, &c.err) == FAILURE) { fail(&c, PIMSYNC_FATAL_CONFIG, ""); goto done; }
	c.seed = config_seed(cfg, &c.mapper, &c.measures) ^ pimsync_source_fingerprint(&c.source);
	stats->phase_seconds[PIMSYNC_PHASE_PREPARE] += pimsync_now() - t0;
	if (!sync_categories(&c)) goto done;

	if (pimsync_source_has_models(cfg)) {
		/* models first: a variant product needs its configurable and its models' values */
		double tm = pimsync_now();
		zend_result read = pimsync_source_read_models(&c.source, cfg, c.source_kind_http ? opts->since : NULL, &c.models, stats,
		                                              park_model, &c, &c.err);
		stats->phase_seconds[PIMSYNC_PHASE_READ] += pimsync_now() - tm;
		if (read == FAILURE) { fail(&c, c.source_kind_http ? PIMSYNC_FATAL_HTTP : PIMSYNC_FATAL_SOURCE, "cannot read the product models: "); goto done; }
		if (stats->fatal || EG(exception)) goto done;
		if (c.source_kind_http && opts->since && zend_hash_num_elements(&c.models.models)) {
			/* a model's values reach its variant products, whose own "updated" does not move when it changes */
			zend_string *code;
			c.window_models = safe_emalloc(zend_hash_num_elements(&c.models.models), sizeof(zend_string *), 0);
			ZEND_HASH_FOREACH_STR_KEY(&c.models.models, code) {
				c.window_models[c.nwindow_models++] = zend_string_copy(code);
			} ZEND_HASH_FOREACH_END();
		}
		c.writer.models_known = true;
		if (!write_models(&c)) goto done;
	}

	got = read_records(&c);
	if (got == 0 && c.nwindow_models && !stats->fatal && !EG(exception)) {
		/* the variant products of the window's models, by their parent: their bytes are the same, their
		 * models' are not, so their hash differs and they are mapped again */
		pimsync_source_request_children(&c.source, c.window_models, c.nwindow_models);
		c.catching_up = true;
		got = read_records(&c);
		c.catching_up = false;
	}
	if (got == 0 && c.source_kind_http && !opts->full && !stats->fatal && !EG(exception)) {
		/* the window has moved past the runs that parked these: ask for them by id */
		zend_string **ids;
		uint32_t n = pimsync_dead_letters_to_request(&c.dead_letters, &ids);
		if (n) {
			pimsync_stats_warn(stats, "parked_requested_again", NULL,
			                   "%u records parked by earlier runs were requested again by %s", n, source_id_name(cfg));
			pimsync_source_request_ids(&c.source, ids, n);
			got = read_records(&c);
		}
		if (ids) efree(ids);
	}
	if (got < 0) {
		/* the records read before the source failed are whole: they are written, nothing is disabled */
		pimsync_error why = c.err;
		if (!stats->fatal && !EG(exception)) flush_batch(&c);
		c.err = why;
		fail(&c, c.source_kind_http ? PIMSYNC_FATAL_HTTP : PIMSYNC_FATAL_SOURCE, "source failed: ");
	}
	if (!stats->fatal && !EG(exception)) flush_batch(&c);
	t0 = pimsync_now();
	if (!stats->fatal && !EG(exception) && pimsync_bulk_flush(&c.raw_only) == FAILURE) fail(&c, PIMSYNC_FATAL_DATABASE, "cannot update pimsync_product_state: ");
	/* links that waited for a product: written when it exists now, in transactions of their own */
	if (!stats->fatal && !EG(exception) && pimsync_links_resolve_pending(&c.writer.links) == FAILURE) {
		if (c.db.gone) fail(&c, PIMSYNC_FATAL_DATABASE, "cannot write pending product links: ");
		else pimsync_stats_warn(stats, "links_pending_write", NULL, "pending product links could not be written (the next run tries"
		                        " again): %s", c.err.message);
	}
	/* absent handling only after a complete, successful read of a full feed */
	if (!stats->fatal && !EG(exception) && opts->full && !handle_absent(&c)) fail(&c, PIMSYNC_FATAL_DATABASE, "cannot disable absent products: ");
	if (!stats->fatal && !EG(exception)) close_gone(&c);
	if (c.unrequestable) {
		pimsync_stats_warn(stats, "parked_without_id", NULL,
		                   ZEND_LONG_FMT " records were parked without an id to request them by (none given, or a duplicate SKU):"
		                   " a delta run reads them again only when they change; the next full run reads them", c.unrequestable);
	}
	stats->phase_seconds[PIMSYNC_PHASE_FINISH] += pimsync_now() - t0;
	if (!EG(exception)) report_progress(&c, true);

done:
	if (EG(exception) && !stats->fatal) stats->fatal = zend_string_init("interrupted by an exception", 27, 0);
	{
		/* the runs table must be written even when a callback threw */
		zend_object *ex = EG(exception);
		EG(exception) = NULL;
		if (c.images_ready) pimsync_image_jobs_close(&c.images); /* its counts go into the report */
		if (c.mapper_ready) pimsync_mapper_report_transforms(&c.mapper);
		if (c.db.planning) pimsync_db_plan_end(&c.db); /* the run's row goes too: a plan leaves no trace */
		else if (!opts->plan) finish_run(&c);
		EG(exception) = ex;
	}
	for (uint32_t i = 0; i < c.nbatch; i++) pimsync_record_free(&c.batch[i]);
	if (c.batch) efree(c.batch);
	if (c.source_open) pimsync_source_close(&c.source);
	if (c.writer_ready) {
		pimsync_bulk_free(&c.raw_only);
		pimsync_writer_free(&c.writer);
	}
	if (c.mapper_ready) pimsync_mapper_free(&c.mapper);
	if (c.measures_ready) pimsync_measures_free(&c.measures);
	if (c.entities_ready) pimsync_entities_free(&c.entities);
	if (c.state_loaded) pimsync_state_free(&c.state);
	if (c.meta_loaded) pimsync_meta_free(&c.meta);
	zend_hash_destroy(&c.new_skus);
	zend_hash_destroy(&c.model_skus);
	zend_hash_destroy(&c.models_missing);
	for (uint32_t i = 0; i < c.nwindow_models; i++) zend_string_release(c.window_models[i]);
	if (c.window_models) efree(c.window_models);
	pimsync_models_free(&c.models);
	zval_ptr_dtor(&c.since);
	if (c.dead_letters_ready) pimsync_dead_letters_free(&c.dead_letters);
	if (c.source_key) zend_string_release(c.source_key);
	pimsync_run_lock_release(&c.lock, &c.db);
	pimsync_db_close(&c.db);
}
