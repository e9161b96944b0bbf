#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "image_jobs.h"
#include "media_state.h"

zend_result pimsync_image_jobs_open(pimsync_image_jobs *j, pimsync_db *db, pimsync_config *cfg, pimsync_run_stats *stats,
                                    zend_long run_id)
{
	memset(j, 0, sizeof(*j));
	j->cfg = cfg;
	j->db = db;
	j->stats = stats;
	j->run_id = run_id;
	stats->images_on = true;
	if (pimsync_outbox_open(&j->outbox, db, stats, &cfg->images, run_id) == FAILURE) return FAILURE;
	stats->images_stream = zend_string_copy(j->outbox.stream);
	/* what earlier runs could not send goes first */
	if (j->outbox.backlog) pimsync_outbox_flush(&j->outbox);
	return SUCCESS;
}

static void free_pending(pimsync_image_jobs *j)
{
	for (uint32_t i = 0; i < j->npending; i++) {
		zend_string_release(j->pending[i].sku);
		zend_string_release(j->pending[i].json);
	}
	j->npending = 0;
	j->pending_products = 0;
}

void pimsync_image_jobs_rollback(pimsync_image_jobs *j)
{
	free_pending(j);
}

static void json_text(smart_str *out, zend_string *s)
{
	zval z;
	ZVAL_STR(&z, s);
	php_json_encode(out, &z, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_INVALID_UTF8_SUBSTITUTE);
}

static void add_job(pimsync_image_jobs *j, pimsync_record *rec, uint32_t chunk, uint32_t chunks, const smart_str *keep)
{
	const pimsync_images_config *im = &j->cfg->images;
	smart_str json = {0};
	uint32_t from = (chunk - 1) * (uint32_t) im->chunk_size;

	smart_str_appends(&json, "{\"v\":1,\"run\":");
	smart_str_append_long(&json, j->run_id);
	smart_str_appends(&json, ",\"sku\":");
	json_text(&json, rec->sku);
	smart_str_appends(&json, ",\"entity\":");
	smart_str_append_long(&json, rec->entity_id);
	smart_str_appends(&json, ",\"row\":");
	smart_str_append_long(&json, rec->link_id ? rec->link_id : rec->entity_id);
	smart_str_appends(&json, ",\"generation\":\"");
	smart_str_appends(&json, rec->media.generation);
	smart_str_appends(&json, "\",\"chunk\":");
	smart_str_append_long(&json, chunk);
	smart_str_appends(&json, ",\"chunks\":");
	smart_str_append_long(&json, chunks);
	smart_str_appends(&json, ",\"images\":");
	pimsync_media_images_json(&rec->media, im, from, from + (uint32_t) im->chunk_size, &json);
	smart_str_appends(&json, ",\"keep\":");
	smart_str_append_smart_str(&json, keep);
	smart_str_appendc(&json, '}');
	smart_str_0(&json);

	if (j->npending == j->pending_cap) {
		j->pending_cap = j->pending_cap ? j->pending_cap * 2 : 64;
		j->pending = erealloc(j->pending, j->pending_cap * sizeof(pimsync_outbox_job));
	}
	pimsync_outbox_job *job = &j->pending[j->npending++];
	job->seq = ++j->next_seq;
	job->entity_id = rec->entity_id;
	job->sku = zend_string_copy(rec->sku);
	memcpy(job->generation, rec->media.generation, sizeof(job->generation));
	job->chunk = chunk;
	job->chunks = chunks;
	job->json = json.s;
}

zend_result pimsync_image_jobs_stage(pimsync_image_jobs *j, pimsync_record *recs, uint32_t n)
{
	zend_long *ids = safe_emalloc(n ? n : 1, sizeof(zend_long), 0);
	pimsync_media_state_row *rows = safe_emalloc(n ? n : 1, sizeof(pimsync_media_state_row), 0);
	uint32_t nids = 0, nrows = 0;
	HashTable known; /* entity id => the generation its jobs were made for */
	zend_result r;

	free_pending(j); /* a retried attempt starts over */
	zend_hash_init(&known, n, NULL, ZVAL_PTR_DTOR, 0);
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].media.on && recs[i].entity_id) ids[nids++] = recs[i].entity_id;
	}
	r = pimsync_media_state_read(j->db, ids, nids, &known);
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		pimsync_record *rec = &recs[i];
		if (!rec->media.on || !rec->entity_id) continue;
		zval *was = zend_hash_index_find(&known, rec->entity_id);
		/* a product without images and without a past makes no job */
		if (was ? zend_string_equals_cstr(Z_STR_P(was), rec->media.generation, 16) : rec->media.n == 0) continue;
		zend_long size = j->cfg->images.chunk_size;
		uint32_t chunks = rec->media.n ? (uint32_t) ((rec->media.n + size - 1) / size) : 1;
		smart_str keep = {0};
		pimsync_media_keep_json(&rec->media, &keep);
		for (uint32_t k = 1; k <= chunks; k++) add_job(j, rec, k, chunks, &keep);
		smart_str_free(&keep);
		j->pending_products++;
		rows[nrows++] = (pimsync_media_state_row) {.entity_id = rec->entity_id, .sku = rec->sku,
			.generation = rec->media.generation, .images = rec->media.n, .jobs = chunks};
	}
	if (r == SUCCESS) r = pimsync_media_state_write(j->db, j->stats, j->run_id, rows, nrows);
	if (r == SUCCESS) r = pimsync_outbox_write(&j->outbox, j->pending, j->npending);
	zend_hash_destroy(&known);
	efree(ids);
	efree(rows);
	return r;
}

void pimsync_image_jobs_committed(pimsync_image_jobs *j)
{
	j->stats->image_products += j->pending_products;
	j->stats->image_jobs += j->npending;
	/* a plan counts the jobs; Redis is outside the transaction that rolls back */
	if (!j->stats->plan) pimsync_outbox_send(&j->outbox, j->pending, j->npending);
	free_pending(j);
}

void pimsync_image_jobs_close(pimsync_image_jobs *j)
{
	zend_long waiting = 0;
	free_pending(j);
	if (j->pending) efree(j->pending);
	j->pending = NULL;
	if (j->outbox.backlog && !j->db->gone && !j->stats->plan) pimsync_outbox_flush(&j->outbox);
	j->stats->image_enqueued = j->outbox.enqueued;
	/* a plan's outbox rows are its own, rolled back: none waits */
	if (!j->db->gone && !j->stats->plan && pimsync_outbox_waiting(&j->outbox, &waiting) == SUCCESS) j->stats->image_outbox = waiting;
	if (waiting) {
		pimsync_stats_warn(j->stats, "image_outbox", NULL,
		                   ZEND_LONG_FMT " image job%s could not be put on Redis stream %s and wait%s in pimsync_image_outbox"
		                   " (the next run that reaches Redis sends them): %s", waiting, waiting == 1 ? "" : "s",
		                   j->outbox.stream ? ZSTR_VAL(j->outbox.stream) : "?", waiting == 1 ? "s" : "", j->outbox.reason[0] ? j->outbox.reason : "unknown");
	}
	pimsync_outbox_close(&j->outbox);
}
