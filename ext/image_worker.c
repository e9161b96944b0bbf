/* The image worker loop; see image_worker.h. */
#include <unistd.h>
#include "php.h"
#include "zend_smart_str.h"
#include "image_worker.h"
#include "stop_signals.h"
#include "image_job.h"
#include "image_fetch.h"
#include "gallery_writer.h"
#include "local_images.h"
#include "image_outbox.h"
#include "redis_client.h"
#include "akeneo_client.h"
#include "url_policy.h"
#include "pdo_bridge.h"
#include "magento_meta.h"
#include "utf8_text.h"
#include "ext/random/php_random.h"

#define WORKER_LOG_EVERY 30.0   /* seconds between two "still unreachable" lines */
#define WORKER_BACKOFF_DOUBLINGS 16
#define WORKER_DEADLOCK_TRIES 8   /* attempts of a job the database picks as a deadlock victim */

typedef struct {
	zend_long jobs, applied, obsolete, refused, attached, reused, updated, restored, retired, removed;
	zend_long files_written, files_deleted, rows_written, downloaded, download_bytes, dead_lettered, retried, claimed;
	zend_long outbox_flushed, redis_errors, deadlocks;
} worker_counts;

typedef struct {
	const pimsync_config *cfg;
	const pimsync_worker_options *opts;
	pimsync_db db;
	pimsync_meta meta;
	pimsync_redis redis;
	zend_string *stream;
	const char *group;
	zend_long group_connects;      /* the connection the group was last made sure of on */
	pimsync_image_download_settings download;
	zend_string *trusted;          /* the Akeneo host */
	pimsync_akeneo_client *akeneo; /* opened for the first Akeneo image */
	const char *token;
	bool akeneo_tried;
	char akeneo_error[PIMSYNC_ERR_MAX];
	double down_since, logged_at;  /* Redis unreachable since (0: it is not) */
	char refused[PIMSYNC_ERR_MAX]; /* Redis answered a read with an error other than NOGROUP: the run stops */
	const char *stopped_by;        /* "SIGTERM" / "SIGINT" when a signal asked the run to stop */
	worker_counts n;
	HashTable changed;             /* entity ids whose gallery or roles a job wrote: their caches are stale */
	pimsync_error *err;
} worker;

/* One job taken from the stream, from parse to acknowledgement. */
typedef struct {
	pimsync_stream_entry entry;
	pimsync_image_job job;
	bool job_init;                 /* job went through pimsync_image_job_parse (free it) */
	bool parsed, done, obsolete;   /* done: settled before any download */
	bool *needs;
	pimsync_image_fetch_item *items;
	bool *network;                 /* items[i] goes to the downloader */
} taken_job;

static void worker_log(worker *w, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
static void worker_log(worker *w, const char *fmt, ...)
{
	char line[PIMSYNC_ERR_MAX + 128];
	va_list ap;
	zval arg, ret;
	if (!w->opts->log) return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	ZVAL_STRING(&arg, line);
	ZVAL_UNDEF(&ret);
	call_user_function(NULL, NULL, w->opts->log, &ret, 1, &arg);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
}

/* ---- dead letters ---- */

static void append_text(worker *w, smart_str *sql, const char *s, size_t len, size_t max_bytes)
{
	zend_string *fit = pimsync_utf8_sanitized(s, len, max_bytes, 0);
	pimsync_sql_quote(&w->db, sql, ZSTR_VAL(fit), ZSTR_LEN(fit));
	zend_string_release(fit);
}

/* A row of pimsync_image_dead_letter: the whole job (ref NULL) or one image of it. */
static zend_result dead_letter(worker *w, const taken_job *t, zend_string *ref, const char *kind, const char *reason)
{
	smart_str sql = {0};
	zend_result r;
	smart_str_appends(&sql, "INSERT INTO pimsync_image_dead_letter (stream_id, run_id, entity_id, sku, ref, reason_kind, reason,"
	                        " attempts, job) VALUES (");
	pimsync_sql_quote(&w->db, &sql, t->entry.id, strlen(t->entry.id));
	if (t->parsed) {
		smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, t->job.run_id);
		smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, t->job.entity_id);
		smart_str_appendc(&sql, ',');
		append_text(w, &sql, ZSTR_VAL(t->job.sku), ZSTR_LEN(t->job.sku), 64);
	} else {
		smart_str_appends(&sql, ",NULL,NULL,NULL");
	}
	smart_str_appendc(&sql, ',');
	if (ref) append_text(w, &sql, ZSTR_VAL(ref), ZSTR_LEN(ref), 65535);
	else smart_str_appends(&sql, "NULL");
	smart_str_appendc(&sql, ',');
	append_text(w, &sql, kind, strlen(kind), 32);
	smart_str_appendc(&sql, ',');
	append_text(w, &sql, reason, strlen(reason), 65535);
	smart_str_appendc(&sql, ',');
	smart_str_append_long(&sql, t->entry.deliveries);
	smart_str_appendc(&sql, ',');
	if (t->entry.job) append_text(w, &sql, ZSTR_VAL(t->entry.job), ZSTR_LEN(t->entry.job), 16 * 1024 * 1024 - 1);
	else smart_str_appends(&sql, "''");
	smart_str_appendc(&sql, ')');
	r = pimsync_db_exec_str(&w->db, &sql, NULL);
	smart_str_free(&sql);
	if (r == SUCCESS) w->n.dead_lettered++;
	return r;
}

/* ---- Redis ---- */

/* Connected, with the consumer group made on this connection's server (a
 * Redis restarted without its data lost it). Logs when Redis goes and comes
 * back, and between at most every WORKER_LOG_EVERY seconds. */
static bool redis_up(worker *w)
{
	pimsync_error e;
	bool ok = pimsync_redis_ready(&w->redis, &e);
	if (ok && w->group_connects != w->redis.connects) {
		ok = pimsync_redis_group_create(&w->redis, ZSTR_VAL(w->stream), w->group, &e) == SUCCESS;
		if (ok) w->group_connects = w->redis.connects;
		else if (w->redis.ctx) {
			snprintf(w->refused, sizeof(w->refused), "%s", e.message); /* connected, and refused */
			return false;
		}
	}
	if (ok) {
		if (w->down_since) worker_log(w, "Redis is back after %.1f s", pimsync_now() - w->down_since);
		w->down_since = 0;
		return true;
	}
	w->n.redis_errors++;
	if (!w->down_since) {
		w->down_since = w->logged_at = pimsync_now();
		worker_log(w, "%s; the worker tries again with a backoff", e.message);
	} else if (pimsync_now() - w->logged_at >= WORKER_LOG_EVERY) {
		w->logged_at = pimsync_now();
		worker_log(w, "Redis still unreachable after %.0f s: %s", pimsync_now() - w->down_since, e.message);
	}
	return false;
}

/* A command failed: the connection may be gone (the client counts it) or the
 * group lost (NOGROUP: made again on the next round). */
static void redis_failed(worker *w, const pimsync_error *e)
{
	if (strstr(e->message, "NOGROUP")) {
		w->group_connects = -1;
	} else if (w->redis.ctx) {
		/* connected, and refused (the stream key holds another type, an ACL…): retrying cannot help */
		snprintf(w->refused, sizeof(w->refused), "%s", e->message);
	} else {
		redis_up(w); /* logs the loss at once */
	}
}

/* The wait before a job delivered `deliveries` times may be taken again:
 * the visibility timeout, then images.backoff doubled for each delivery. */
static zend_long claim_idle_ms(const worker *w, zend_long deliveries)
{
	double extra = 0, step = w->cfg->images.backoff;
	for (zend_long d = 1; d < deliveries && d <= WORKER_BACKOFF_DOUBLINGS; d++) {
		extra += step;
		step *= 2;
	}
	return (zend_long) ((w->cfg->images.visibility_timeout + extra) * 1000.0);
}

/* Jobs idle long enough, claimed for this consumer: -1 when Redis failed. */
static int take_pending(worker *w, taken_job *out, uint32_t room)
{
	pimsync_pending_entry *pend = safe_emalloc(room * 4, sizeof(*pend), 0);
	pimsync_error e;
	int n = pimsync_redis_xpending_idle(&w->redis, ZSTR_VAL(w->stream), w->group, claim_idle_ms(w, 1), room * 4, pend, &e);
	int got = 0;
	for (int i = 0; i < n && (uint32_t) got < room; i++) {
		zend_long need = claim_idle_ms(w, pend[i].deliveries);
		if (pend[i].idle_ms < need) continue; /* backing off */
		int c = pimsync_redis_xclaim_one(&w->redis, ZSTR_VAL(w->stream), w->group, ZSTR_VAL(w->opts->consumer), need, pend[i].id,
		                                 &out[got].entry, &e);
		if (c < 0) {
			n = -1;
			break;
		}
		if (c == 1) {
			out[got].entry.deliveries = pend[i].deliveries + 1;
			got++;
			w->n.claimed++;
		}
	}
	efree(pend);
	if (n < 0) {
		redis_failed(w, &e);
		return got ? got : -1;
	}
	return got;
}

static int take_new(worker *w, taken_job *out, uint32_t room, zend_long block_ms)
{
	pimsync_stream_entry *entries = safe_emalloc(room, sizeof(*entries), 0);
	pimsync_error e;
	int n = pimsync_redis_xreadgroup(&w->redis, ZSTR_VAL(w->stream), w->group, ZSTR_VAL(w->opts->consumer), room, block_ms, entries, &e);
	if (n < 0) redis_failed(w, &e);
	for (int i = 0; i < n; i++) out[i].entry = entries[i];
	efree(entries);
	return n;
}

static bool ack(worker *w, const taken_job *t)
{
	pimsync_error e;
	if (pimsync_redis_xack(&w->redis, ZSTR_VAL(w->stream), w->group, t->entry.id, &e) == SUCCESS) return true;
	/* not acknowledged: the job comes back after the visibility timeout and finds its work done */
	redis_failed(w, &e);
	return false;
}

/* ---- bodies ---- */

static void item_fail(pimsync_image_fetch_item *it, const char *kind, bool retryable, const char *reason)
{
	snprintf(it->reason_kind, sizeof(it->reason_kind), "%s", kind);
	snprintf(it->reason, sizeof(it->reason), "%s", reason);
	it->retryable = retryable;
}

/* The Akeneo client of the config's source, opened once; NULL with w->akeneo_error. */
static pimsync_akeneo_client *akeneo(worker *w, bool *retryable)
{
	pimsync_akeneo_settings settings;
	pimsync_error e;
	const char *bad_key = NULL;
	*retryable = false;
	if (w->cfg->source_kind != PIMSYNC_SOURCE_AKENEO_API) {
		snprintf(w->akeneo_error, sizeof(w->akeneo_error), "an Akeneo media file needs a config whose source.type is \"akeneo_api\""
		         " (or images.local_root)");
		return NULL;
	}
	if (!w->akeneo && !w->akeneo_tried) {
		w->akeneo_tried = true;
		pimsync_akeneo_settings_init(&settings);
		if (pimsync_akeneo_settings_from_array(w->cfg->source, &settings, &bad_key, &e) == SUCCESS) w->akeneo = pimsync_akeneo_open(&settings, &e);
		pimsync_akeneo_settings_dtor(&settings);
		if (!w->akeneo) snprintf(w->akeneo_error, sizeof(w->akeneo_error), "%s", e.message);
	}
	if (!w->akeneo) return NULL;
	if (!w->token && !(w->token = pimsync_akeneo_access_token(w->akeneo, false, &e))) {
		snprintf(w->akeneo_error, sizeof(w->akeneo_error), "Akeneo login failed: %s", e.message);
		*retryable = true;
		return NULL;
	}
	return w->akeneo;
}

/* Prepares image i of t: read from images.local_root now, or a URL to download. */
static void prepare_item(worker *w, taken_job *t, uint32_t i)
{
	const pimsync_image_job_image *img = &t->job.images[i];
	pimsync_image_fetch_item *it = &t->items[i];
	char why[256];
	bool retryable;

	if (w->cfg->media.local_root) {
		pimsync_local_image_read(w->cfg->media.local_root, img, it);
		return;
	}
	if (img->source == PIMSYNC_IMAGE_SOURCE_URL) {
		it->url = zend_string_copy(img->url);
	} else {
		pimsync_akeneo_client *c = akeneo(w, &retryable);
		if (!c) {
			item_fail(it, retryable ? "akeneo_auth" : "no_akeneo_source", retryable, w->akeneo_error);
			return;
		}
		if (!(it->url = pimsync_akeneo_media_file_url(c, ZSTR_VAL(img->code), ZSTR_LEN(img->code), why, sizeof(why)))) {
			item_fail(it, "bad_media_code", false, why);
			return;
		}
		it->bearer = w->token;
	}
	t->network[i] = true;
}

/* An Akeneo download the server refused the token of. */
static bool retry_401(const pimsync_image_fetch_item *it)
{
	return it->bearer && it->http_status == 401;
}

/* Downloads the network items of all taken jobs in one parallel batch
 * (only_401: those Akeneo refused the token of, with the renewed one). */
static void download(worker *w, taken_job *jobs, uint32_t n, bool only_401)
{
	uint32_t total = 0, k;
	for (uint32_t j = 0; j < n; j++) {
		for (uint32_t i = 0; jobs[j].parsed && !jobs[j].done && i < jobs[j].job.image_count; i++) {
			if (jobs[j].network[i] && (!only_401 || retry_401(&jobs[j].items[i]))) total++;
		}
	}
	if (!total) return;
	pimsync_image_fetch_item *batch = safe_emalloc(total, sizeof(*batch), 0);
	pimsync_image_fetch_item **where = safe_emalloc(total, sizeof(*where), 0);
	k = 0;
	for (uint32_t j = 0; j < n; j++) {
		for (uint32_t i = 0; jobs[j].parsed && !jobs[j].done && i < jobs[j].job.image_count; i++) {
			pimsync_image_fetch_item *it = &jobs[j].items[i];
			if (!jobs[j].network[i] || (only_401 && !retry_401(it))) continue;
			if (only_401) {
				pimsync_image_fetch_item_reset(it);
				it->bearer = w->token;
			}
			where[k] = it;
			batch[k++] = *it;
		}
	}
	pimsync_image_fetch_all(&w->download, batch, total, NULL);
	for (k = 0; k < total; k++) {
		*where[k] = batch[k];
		if (batch[k].body && !batch[k].reason_kind[0]) {
			w->n.downloaded++;
			w->n.download_bytes += (zend_long) ZSTR_LEN(batch[k].body);
		}
	}
	efree(where);
	efree(batch);
}

/* A token Akeneo refuses (expired early, revoked) is renewed once and those downloads repeated. */
static void renew_and_retry(worker *w, taken_job *jobs, uint32_t n)
{
	bool any = false;
	pimsync_error e;
	for (uint32_t j = 0; j < n && !any; j++) {
		for (uint32_t i = 0; jobs[j].parsed && !jobs[j].done && i < jobs[j].job.image_count; i++) {
			any = any || (jobs[j].network[i] && jobs[j].items[i].bearer && jobs[j].items[i].http_status == 401);
		}
	}
	if (!any || !w->akeneo) return;
	if (!(w->token = pimsync_akeneo_access_token(w->akeneo, true, &e))) return; /* the 401s stay: retried later */
	download(w, jobs, n, true);
}

/* ---- one batch of jobs ---- */

static void taken_free(taken_job *t)
{
	for (uint32_t i = 0; t->items && i < t->job.image_count; i++) {
		pimsync_image_fetch_item_reset(&t->items[i]);
		if (t->items[i].url) zend_string_release(t->items[i].url);
	}
	if (t->items) efree(t->items);
	if (t->needs) efree(t->needs);
	if (t->network) efree(t->network);
	if (t->job_init) pimsync_image_job_free(&t->job);
	pimsync_stream_entries_free(&t->entry, 1);
}

static void count_result(worker *w, const pimsync_image_job *job, const pimsync_gallery_result *res)
{
	if (res->rows_written || res->removed || res->retired) zend_hash_index_add_empty_element(&w->changed, (zend_ulong) job->entity_id);
	w->n.attached += res->attached;
	w->n.reused += res->reused;
	w->n.updated += res->updated;
	w->n.restored += res->restored;
	w->n.retired += res->retired;
	w->n.removed += res->removed;
	w->n.files_written += res->files_written;
	w->n.files_deleted += res->files_deleted;
	w->n.rows_written += res->rows_written;
}

/* Whether this delivery is the last one a retryable failure gets. */
static bool last_delivery(const worker *w, const taken_job *t)
{
	return t->entry.deliveries >= MAX(w->cfg->images.retries, 1);
}

/* After the job committed: its failed images dead-lettered (the retryable
 * ones only at the last delivery) and the job acknowledged, or left pending
 * for a retry. FAILURE when the database is gone. */
static zend_result settle(worker *w, taken_job *t, pimsync_gallery_result *res)
{
	zval *f;
	bool retry = false;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(res->failed), f) {
		if (zend_is_true(zend_hash_str_find(Z_ARRVAL_P(f), ZEND_STRL("retryable")))) retry = true;
	} ZEND_HASH_FOREACH_END();
	if (retry && !last_delivery(w, t)) {
		w->n.retried++;
		return SUCCESS; /* everything comes again: the images that failed for good are recorded at the end */
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(res->failed), f) {
		HashTable *row = Z_ARRVAL_P(f);
		zval *ref = zend_hash_str_find(row, ZEND_STRL("ref")), *kind = zend_hash_str_find(row, ZEND_STRL("reason_kind"));
		zval *why = zend_hash_str_find(row, ZEND_STRL("reason"));
		char reason[PIMSYNC_ERR_MAX];
		bool retryable = zend_is_true(zend_hash_str_find(row, ZEND_STRL("retryable")));
		snprintf(reason, sizeof(reason), "%s%s", retryable ? "given up after the last delivery: " : "", Z_STRVAL_P(why));
		if (dead_letter(w, t, Z_STR_P(ref), Z_STRVAL_P(kind), reason) == FAILURE) return FAILURE;
	} ZEND_HASH_FOREACH_END();
	ack(w, t);
	return SUCCESS;
}

/* One job applied: FAILURE only when the database connection is gone. */
static zend_result apply_one(worker *w, taken_job *t)
{
	pimsync_gallery_result res;
	pimsync_error e;
	zend_result r = SUCCESS;

	pimsync_gallery_result_init(&res);
	w->db.err = &e;
	bool ok = false;
	for (int attempt = 1; !ok; attempt++) {
		ok = pimsync_gallery_apply(&w->db, &w->meta, &w->cfg->media, &t->job, t->items, &res, &e) == SUCCESS;
		/* a safety net (the gallery writer takes no gap locks and its rows in one
		 * order): a deadlock victim is tried again at once with the bodies it has */
		if (ok || !w->db.transient || attempt >= WORKER_DEADLOCK_TRIES) break;
		w->n.deadlocks++;
		pimsync_gallery_result_free(&res);
		pimsync_gallery_result_init(&res);
		usleep((useconds_t) (attempt * 10000 + (php_mt_rand() % 20000)));
	}
	if (!ok) {
		w->db.err = w->err;
		if (w->db.gone) {
			pimsync_error_set(w->err, "the image job %s of %s failed: %s", t->entry.id, ZSTR_VAL(t->job.sku), e.message);
			r = FAILURE;
		} else if (last_delivery(w, t)) {
			/* a job the database refuses each time (a label it cannot hold…) */
			r = dead_letter(w, t, NULL, "database", e.message);
			if (r == SUCCESS) ack(w, t);
		} else {
			worker_log(w, "job %s (%s) rolled back, retried later: %s", t->entry.id, ZSTR_VAL(t->job.sku), e.message);
			w->n.retried++;
		}
		pimsync_gallery_result_free(&res);
		return r;
	}
	w->db.err = w->err;
	if (res.obsolete) w->n.obsolete++;
	else w->n.applied++;
	count_result(w, &t->job, &res);
	r = settle(w, t, &res);
	pimsync_gallery_result_free(&res);
	return r;
}

static zend_result work_batch(worker *w, taken_job *jobs, uint32_t n)
{
	pimsync_error why;
	zend_result r = SUCCESS;

	for (uint32_t j = 0; j < n && r == SUCCESS; j++) {
		taken_job *t = &jobs[j];
		w->n.jobs++;
		t->job_init = t->entry.job != NULL;
		if (!t->entry.job || pimsync_image_job_parse(ZSTR_VAL(t->entry.job), ZSTR_LEN(t->entry.job), &t->job, &why) == FAILURE) {
			/* retrying cannot help */
			w->n.refused++;
			r = dead_letter(w, t, NULL, "malformed_job", t->entry.job ? why.message : "the stream entry has no \"job\" field");
			if (r == SUCCESS) ack(w, t);
			continue;
		}
		t->parsed = true;
		if (t->entry.deliveries > MAX(w->cfg->images.retries, 1) + 1) {
			/* taken again and again without being finished: a worker dies on it */
			char reason[128];
			snprintf(reason, sizeof(reason), "delivered " ZEND_LONG_FMT " times and never finished (a worker died on it?)",
			         t->entry.deliveries - 1);
			t->done = true;
			r = dead_letter(w, t, NULL, "worker_lost", reason);
			if (r == SUCCESS) ack(w, t);
			continue;
		}
		uint32_t c = t->job.image_count ? t->job.image_count : 1;
		t->needs = ecalloc(c, sizeof(bool));
		t->network = ecalloc(c, sizeof(bool));
		t->items = ecalloc(c, sizeof(*t->items));
		if (pimsync_gallery_needs(&w->db, &t->job, t->needs, &t->obsolete) == FAILURE) {
			r = FAILURE;
			break;
		}
		/* only what the product lacks: a repeated job downloads nothing */
		for (uint32_t i = 0; !t->obsolete && i < t->job.image_count; i++) {
			if (t->needs[i]) prepare_item(w, t, i);
		}
	}
	if (r == SUCCESS) {
		download(w, jobs, n, false);
		renew_and_retry(w, jobs, n);
	}
	for (uint32_t j = 0; j < n && r == SUCCESS; j++) {
		if (jobs[j].parsed && !jobs[j].done) r = apply_one(w, &jobs[j]);
	}
	for (uint32_t j = 0; j < n; j++) taken_free(&jobs[j]);
	return r;
}

/* ---- the loop ---- */

static void counts_to_array(worker *w, double elapsed, zval *out)
{
	array_init(out);
	add_assoc_str(out, "consumer", zend_string_copy(w->opts->consumer));
	add_assoc_str(out, "stream", zend_string_copy(w->stream));
	if (w->stopped_by) add_assoc_string(out, "stopped_by", w->stopped_by);
	else add_assoc_null(out, "stopped_by");
	add_assoc_long(out, "jobs", w->n.jobs);
	add_assoc_long(out, "applied", w->n.applied);
	add_assoc_long(out, "skipped_obsolete", w->n.obsolete);
	add_assoc_long(out, "refused", w->n.refused);
	add_assoc_long(out, "claimed", w->n.claimed);
	add_assoc_long(out, "attached", w->n.attached);
	add_assoc_long(out, "reused", w->n.reused);
	add_assoc_long(out, "updated", w->n.updated);
	add_assoc_long(out, "restored", w->n.restored);
	add_assoc_long(out, "retired", w->n.retired);
	add_assoc_long(out, "removed", w->n.removed);
	add_assoc_long(out, "files_written", w->n.files_written);
	add_assoc_long(out, "files_deleted", w->n.files_deleted);
	add_assoc_long(out, "rows_written", w->n.rows_written);
	add_assoc_long(out, "downloaded", w->n.downloaded);
	add_assoc_long(out, "download_bytes", w->n.download_bytes);
	add_assoc_long(out, "dead_lettered", w->n.dead_lettered);
	add_assoc_long(out, "retried", w->n.retried);
	add_assoc_long(out, "outbox_flushed", w->n.outbox_flushed);
	add_assoc_long(out, "redis_errors", w->n.redis_errors);
	add_assoc_long(out, "deadlocks", w->n.deadlocks);
	zval changed;
	zend_ulong id;
	array_init_size(&changed, zend_hash_num_elements(&w->changed));
	ZEND_HASH_FOREACH_NUM_KEY(&w->changed, id) {
		add_next_index_long(&changed, (zend_long) id);
	} ZEND_HASH_FOREACH_END();
	add_assoc_zval(out, "changed_products", &changed);
	add_assoc_double(out, "elapsed_s", elapsed);
}

/* Jobs a sync could not put on the stream go first; also names the stream. */
static zend_result flush_outbox(worker *w)
{
	pimsync_image_outbox ob;
	pimsync_run_stats stats;
	zend_result r;
	pimsync_stats_init(&stats);
	r = pimsync_outbox_open(&ob, &w->db, &stats, &w->cfg->images, 0);
	if (r == SUCCESS) {
		w->stream = zend_string_copy(ob.stream);
		if (ob.backlog) {
			pimsync_outbox_flush(&ob);
			w->n.outbox_flushed = ob.enqueued;
			if (ob.reason[0]) worker_log(w, "jobs stay in pimsync_image_outbox: %s", ob.reason);
		}
	}
	pimsync_outbox_close(&ob);
	pimsync_stats_free(&stats);
	return r;
}

static void sleep_until(double when, double limit)
{
	double now = pimsync_now(), wait = MIN(when, limit) - now;
	if (wait < 0.02) wait = 0.02;
	usleep((useconds_t) (wait * 1e6));
}

zend_result pimsync_image_worker_run(zend_object *pdo, const pimsync_config *cfg, const pimsync_worker_options *opts, zval *out,
                                     pimsync_fatal_kind *kind, pimsync_error *err)
{
	const pimsync_images_config *im = &cfg->images;
	pimsync_redis_settings rs = {
		.host = ZSTR_VAL(im->redis_host), .port = (int) im->redis_port,
		.username = im->redis_username ? ZSTR_VAL(im->redis_username) : NULL,
		.password = im->redis_password ? ZSTR_VAL(im->redis_password) : NULL,
		.db = (long) im->redis_db, .connect_timeout = im->connect_timeout, .timeout = im->timeout,
	};
	worker w;
	double start = pimsync_now(), deadline = opts->max_seconds > 0 ? start + opts->max_seconds : 1e300;
	uint32_t batch = (uint32_t) MAX(opts->batch, 1);
	taken_job *jobs = ecalloc(batch, sizeof(*jobs));
	zend_result r = FAILURE;
	bool meta_loaded = false;
	pimsync_stop_signals stop = {0};

	memset(&w, 0, sizeof(w));
	zend_hash_init(&w.changed, 64, NULL, NULL, 0);
	w.cfg = cfg;
	w.opts = opts;
	w.err = err;
	w.group = ZSTR_VAL(im->group);
	w.group_connects = -1;
	pimsync_redis_init(&w.redis, &rs);
	/* Magento's metadata once per worker run, not per job */
	if (pimsync_images_open_target(pdo, cfg, false, &w.db, &w.meta, kind, err) == FAILURE) {
		meta_loaded = *kind == PIMSYNC_FATAL_SCHEMA;
		goto done;
	}
	meta_loaded = true;
	*kind = PIMSYNC_FATAL_DATABASE;
	w.download = cfg->image_download;
	if (cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API) {
		zval *base = zend_hash_str_find(cfg->source, ZEND_STRL("base_url"));
		if (base && Z_TYPE_P(base) == IS_STRING && (w.trusted = pimsync_url_host(Z_STRVAL_P(base)))) {
			w.download.trusted_host = ZSTR_VAL(w.trusted);
		}
	}
	if (flush_outbox(&w) == FAILURE) goto done;

	r = SUCCESS;
	pimsync_stop_signals_begin(&stop);
	while (r == SUCCESS && !EG(exception) && !pimsync_stop_requested()) {
		uint32_t room = batch;
		int got;
		if (opts->max_jobs > 0) {
			if (w.n.jobs >= opts->max_jobs) break;
			room = (uint32_t) MIN((zend_long) room, opts->max_jobs - w.n.jobs);
		}
		if (pimsync_now() >= deadline) break;
		if (!redis_up(&w)) {
			if (w.refused[0]) {
				pimsync_error_set(err, "%s", w.refused);
				*kind = PIMSYNC_FATAL_GENERIC;
				r = FAILURE;
				break;
			}
			if (opts->once && pimsync_now() - w.down_since >= opts->redis_wait) {
				worker_log(&w, "giving up on Redis after %.0f s; the jobs wait on the stream", pimsync_now() - w.down_since);
				break;
			}
			sleep_until(w.redis.retry_at, deadline);
			continue;
		}
		/* a dead or failing worker's jobs first, then new ones */
		got = take_pending(&w, jobs, room);
		if (got >= 0 && (uint32_t) got < room) {
			zend_long block = opts->once || got > 0 ? -1 : MIN(opts->block_ms, (zend_long) ((deadline - pimsync_now()) * 1000));
			int fresh = take_new(&w, jobs + got, room - (uint32_t) got, block < 0 ? -1 : MAX(block, 1));
			if (fresh > 0) got += fresh;
			else if (fresh < 0 && got == 0) got = -1;
		}
		if (w.refused[0]) {
			pimsync_error_set(err, "%s", w.refused);
			*kind = PIMSYNC_FATAL_GENERIC;
			r = FAILURE;
			break;
		}
		if (got < 0) continue; /* Redis failed: redis_up() backs off */
		if (got == 0) {
			if (opts->once) break;
			continue;
		}
		r = work_batch(&w, jobs, (uint32_t) got);
		memset(jobs, 0, batch * sizeof(*jobs));
	}
	pimsync_stop_signals_end(&stop);
	if (r == SUCCESS && pimsync_stop_requested()) {
		w.stopped_by = pimsync_stop_signal_name(pimsync_stop_requested());
		worker_log(&w, "%s received: stopped after the jobs in hand; the others wait on the stream", w.stopped_by);
	}
	if (r == SUCCESS) counts_to_array(&w, pimsync_now() - start, out);
done:
	efree(jobs);
	pimsync_redis_close(&w.redis);
	if (w.akeneo) pimsync_akeneo_close(w.akeneo);
	if (w.trusted) zend_string_release(w.trusted);
	if (w.stream) zend_string_release(w.stream);
	if (meta_loaded) pimsync_meta_free(&w.meta);
	zend_hash_destroy(&w.changed);
	return r;
}
