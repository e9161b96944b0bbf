#include <signal.h>
#include <pthread.h>
#include <time.h>
#include "php.h"
#include "redis_client.h"
#include "run_report.h"

/* hiredis writes with write(): a Redis that went away must not kill the
 * process with SIGPIPE (php-fpm does not ignore it as the CLI does). The
 * signal is blocked around each exchange and a pending one swallowed. */
typedef struct {
	sigset_t old;
	bool blocked_here;
} sigpipe_guard;

static void guard_begin(sigpipe_guard *g)
{
	sigset_t pipe;
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe, &g->old);
	g->blocked_here = !sigismember(&g->old, SIGPIPE);
}

static void guard_end(sigpipe_guard *g)
{
	sigset_t pending, pipe;
	if (!g->blocked_here) return;
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE)) {
		struct timespec zero = {0, 0};
		sigtimedwait(&pipe, NULL, &zero);
	}
	pthread_sigmask(SIG_SETMASK, &g->old, NULL);
}

static struct timeval seconds_tv(double s)
{
	struct timeval tv;
	tv.tv_sec = (time_t) s;
	tv.tv_usec = (suseconds_t) ((s - (double) tv.tv_sec) * 1e6);
	return tv;
}

void pimsync_redis_init(pimsync_redis *r, const pimsync_redis_settings *settings)
{
	memset(r, 0, sizeof(*r));
	r->settings = *settings;
	r->delay = PIMSYNC_REDIS_BACKOFF_FIRST;
}

static void drop(pimsync_redis *r)
{
	if (r->ctx) redisFree(r->ctx);
	r->ctx = NULL;
}

void pimsync_redis_close(pimsync_redis *r)
{
	drop(r);
}

/* The next attempt waits: 0.5 s, 1 s, 2 s… up to 30 s. */
static void back_off(pimsync_redis *r)
{
	drop(r);
	r->retry_at = pimsync_now() + r->delay;
	r->delay = MIN(r->delay * 2, PIMSYNC_REDIS_BACKOFF_MAX);
}

/* A lost connection: tried again at once (a restarted Redis is back), then backed off. */
static void lost(pimsync_redis *r)
{
	drop(r);
	r->retry_at = 0;
}

static bool handshake(pimsync_redis *r, const char *what, int argc, const char **argv, pimsync_error *err)
{
	redisReply *reply = redisCommandArgv(r->ctx, argc, argv, NULL);
	if (!reply) {
		pimsync_error_set(err, "Redis at %s:%d: %s failed: %s", r->settings.host, r->settings.port, what,
		                  r->ctx->errstr[0] ? r->ctx->errstr : "connection lost");
		return false;
	}
	bool ok = reply->type != REDIS_REPLY_ERROR;
	/* Redis's own message names no password ("WRONGPASS invalid username-password pair…") */
	if (!ok) pimsync_error_set(err, "Redis at %s:%d refused %s: %.200s", r->settings.host, r->settings.port, what, reply->str);
	freeReplyObject(reply);
	return ok;
}

bool pimsync_redis_ready(pimsync_redis *r, pimsync_error *err)
{
	sigpipe_guard g;
	char db[24];
	bool ok;

	if (r->ctx) return true;
	if (pimsync_now() < r->retry_at) {
		pimsync_error_set(err, "%s (next attempt in %.1f s)", r->last_error, r->retry_at - pimsync_now());
		return false;
	}
	guard_begin(&g);
	r->ctx = redisConnectWithTimeout(r->settings.host, r->settings.port, seconds_tv(r->settings.connect_timeout));
	ok = r->ctx && !r->ctx->err;
	if (!ok) {
		pimsync_error_set(err, "Redis at %s:%d is unreachable: %s", r->settings.host, r->settings.port,
		                  r->ctx ? r->ctx->errstr : "out of memory");
	}
	if (ok && redisSetTimeout(r->ctx, seconds_tv(r->settings.timeout)) != REDIS_OK) {
		pimsync_error_set(err, "Redis at %s:%d: cannot set the command timeout", r->settings.host, r->settings.port);
		ok = false;
	}
	if (ok && r->settings.password) {
		const char *argv[3] = {"AUTH"};
		int argc = 1;
		if (r->settings.username) argv[argc++] = r->settings.username;
		argv[argc++] = r->settings.password;
		ok = handshake(r, "AUTH", argc, argv, err);
	}
	if (ok && r->settings.db) {
		snprintf(db, sizeof(db), "%ld", r->settings.db);
		const char *argv[2] = {"SELECT", db};
		ok = handshake(r, "SELECT", 2, argv, err);
	}
	guard_end(&g);
	if (!ok) {
		snprintf(r->last_error, sizeof(r->last_error), "%s", err->message);
		back_off(r);
		return false;
	}
	r->delay = PIMSYNC_REDIS_BACKOFF_FIRST;
	r->connects++;
	return true;
}

/* Error replies of a server that is up but cannot serve yet: a restarted
 * Redis loading its data, a script running, a replica without its master.
 * Waited out like a lost connection, never taken as a refusal. */
static bool not_ready(const redisReply *reply)
{
	static const char *const prefixes[] = {"LOADING ", "BUSY ", "MASTERDOWN ", "TRYAGAIN ", "CLUSTERDOWN "};
	if (reply->type != REDIS_REPLY_ERROR || !reply->str) return false;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		if (strncmp(reply->str, prefixes[i], strlen(prefixes[i])) == 0) return true;
	}
	return false;
}

static void not_ready_back_off(pimsync_redis *r, const char *what, const redisReply *reply, pimsync_error *err)
{
	pimsync_error_set(err, "Redis at %s:%d cannot serve yet: %s: %.200s", r->settings.host, r->settings.port, what, reply->str);
	snprintf(r->last_error, sizeof(r->last_error), "%s", err->message);
	back_off(r);
}

redisReply *pimsync_redis_command(pimsync_redis *r, int argc, const char **argv, const size_t *lens, pimsync_error *err)
{
	sigpipe_guard g;
	redisReply *reply;
	if (!pimsync_redis_ready(r, err)) return NULL;
	guard_begin(&g);
	reply = redisCommandArgv(r->ctx, argc, argv, lens);
	guard_end(&g);
	if (!reply) {
		pimsync_error_set(err, "Redis at %s:%d: %s: %s", r->settings.host, r->settings.port, argv[0],
		                  r->ctx->errstr[0] ? r->ctx->errstr : "connection lost");
		lost(r);
	} else if (not_ready(reply)) {
		not_ready_back_off(r, argv[0], reply, err);
		freeReplyObject(reply);
		reply = NULL;
	}
	return reply;
}

zend_result pimsync_redis_group_create(pimsync_redis *r, const char *stream, const char *group, pimsync_error *err)
{
	/* from 0: the group sees every job put on the stream before it existed */
	const char *argv[] = {"XGROUP", "CREATE", stream, group, "0", "MKSTREAM"};
	redisReply *reply = pimsync_redis_command(r, 6, argv, NULL, err);
	if (!reply) return FAILURE;
	bool ok = reply->type != REDIS_REPLY_ERROR || strncmp(reply->str, "BUSYGROUP", 9) == 0;
	if (!ok) pimsync_error_set(err, "Redis: XGROUP CREATE %s %s: %.200s", stream, group, reply->str);
	freeReplyObject(reply);
	return ok ? SUCCESS : FAILURE;
}

uint32_t pimsync_redis_xadd_many(pimsync_redis *r, const char *stream, const char *field, zend_string *const *values, uint32_t n,
                                 pimsync_error *err)
{
	sigpipe_guard g;
	uint32_t added = 0, i;
	bool failed = false, wait = false;

	if (!n || !pimsync_redis_ready(r, err)) return 0;
	guard_begin(&g);
	for (i = 0; i < n; i++) {
		const char *argv[] = {"XADD", stream, "*", field, ZSTR_VAL(values[i])};
		size_t lens[] = {4, strlen(stream), 1, strlen(field), ZSTR_LEN(values[i])};
		if (redisAppendCommandArgv(r->ctx, 5, argv, lens) != REDIS_OK) break;
	}
	uint32_t queued = i;
	for (i = 0; i < queued; i++) {
		void *got;
		if (redisGetReply(r->ctx, &got) != REDIS_OK) {
			pimsync_error_set(err, "Redis at %s:%d: XADD %s: %s", r->settings.host, r->settings.port, stream,
			                  r->ctx->errstr[0] ? r->ctx->errstr : "connection lost");
			lost(r);
			failed = true;
			break;
		}
		redisReply *reply = got;
		if (reply->type == REDIS_REPLY_ERROR && !failed) {
			/* the later ones of the pipeline still run: read them all, count the ones in order */
			if (not_ready(reply)) {
				pimsync_error_set(err, "Redis at %s:%d cannot serve yet: XADD %s: %.200s", r->settings.host, r->settings.port, stream, reply->str);
				wait = true;
			} else {
				pimsync_error_set(err, "Redis at %s:%d: XADD %s: %.200s", r->settings.host, r->settings.port, stream, reply->str);
			}
			failed = true;
		} else if (!failed) {
			added++;
		}
		freeReplyObject(reply);
	}
	guard_end(&g);
	if (wait) { /* after the pipeline is read: the connection goes, the backoff starts */
		snprintf(r->last_error, sizeof(r->last_error), "%s", err->message);
		back_off(r);
	}
	if (!failed && queued < n) {
		pimsync_error_set(err, "Redis: XADD %s: out of memory", stream);
		lost(r);
	}
	return added;
}

/* ---- the worker's side: the consumer group ---- */

void pimsync_stream_entries_free(pimsync_stream_entry *entries, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (entries[i].job) zend_string_release(entries[i].job);
		entries[i].job = NULL;
	}
}

/* [id, [field, value, ...]] into entry; false for anything else (a nil of a trimmed entry). */
static bool entry_from_reply(const redisReply *e, pimsync_stream_entry *entry)
{
	memset(entry, 0, sizeof(*entry));
	if (e->type != REDIS_REPLY_ARRAY || e->elements != 2 || e->element[0]->type != REDIS_REPLY_STRING) return false;
	snprintf(entry->id, sizeof(entry->id), "%.*s", (int) e->element[0]->len, e->element[0]->str);
	const redisReply *fields = e->element[1];
	for (size_t i = 0; fields->type == REDIS_REPLY_ARRAY && i + 1 < fields->elements; i += 2) {
		const redisReply *k = fields->element[i], *v = fields->element[i + 1];
		if (k->type == REDIS_REPLY_STRING && v->type == REDIS_REPLY_STRING && k->len == 3 && memcmp(k->str, "job", 3) == 0) {
			entry->job = zend_string_init(v->str, v->len, 0);
			break;
		}
	}
	entry->deliveries = 1;
	return true;
}

static bool error_reply(pimsync_redis *r, redisReply *reply, const char *what, pimsync_error *err)
{
	if (reply->type != REDIS_REPLY_ERROR) return false;
	pimsync_error_set(err, "Redis at %s:%d: %s: %.200s", r->settings.host, r->settings.port, what, reply->str);
	freeReplyObject(reply);
	return true;
}

int pimsync_redis_xreadgroup(pimsync_redis *r, const char *stream, const char *group, const char *consumer, uint32_t count,
                             zend_long block_ms, pimsync_stream_entry *entries, pimsync_error *err)
{
	char scount[16], sblock[24];
	const char *argv[11] = {"XREADGROUP", "GROUP", group, consumer, "COUNT", scount};
	int argc = 6, n = 0;
	redisReply *reply;

	snprintf(scount, sizeof(scount), "%u", count);
	if (block_ms >= 0) {
		snprintf(sblock, sizeof(sblock), ZEND_LONG_FMT, block_ms);
		argv[argc++] = "BLOCK";
		argv[argc++] = sblock;
	}
	argv[argc++] = "STREAMS";
	argv[argc++] = stream;
	argv[argc++] = ">";
	if (!pimsync_redis_ready(r, err)) return -1;
	/* a blocking read answers after block_ms at the latest: the timeout waits that long more */
	if (block_ms > 0) redisSetTimeout(r->ctx, seconds_tv(r->settings.timeout + (double) block_ms / 1000.0));
	reply = pimsync_redis_command(r, argc, argv, NULL, err);
	if (r->ctx && block_ms > 0) redisSetTimeout(r->ctx, seconds_tv(r->settings.timeout));
	if (!reply) return -1;
	if (error_reply(r, reply, "XREADGROUP", err)) return -1;
	/* nil: nothing new; else [[stream, [entries]]] */
	if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 1 && reply->element[0]->type == REDIS_REPLY_ARRAY
	    && reply->element[0]->elements == 2) {
		const redisReply *list = reply->element[0]->element[1];
		for (size_t i = 0; list->type == REDIS_REPLY_ARRAY && i < list->elements && (uint32_t) n < count; i++) {
			if (entry_from_reply(list->element[i], &entries[n])) n++;
		}
	}
	freeReplyObject(reply);
	return n;
}

int pimsync_redis_xpending_idle(pimsync_redis *r, const char *stream, const char *group, zend_long min_idle_ms, uint32_t count,
                                pimsync_pending_entry *out, pimsync_error *err)
{
	char sidle[24], scount[16];
	snprintf(sidle, sizeof(sidle), ZEND_LONG_FMT, min_idle_ms);
	snprintf(scount, sizeof(scount), "%u", count);
	const char *argv[] = {"XPENDING", stream, group, "IDLE", sidle, "-", "+", scount};
	redisReply *reply = pimsync_redis_command(r, 8, argv, NULL, err);
	int n = 0;
	if (!reply) return -1;
	if (error_reply(r, reply, "XPENDING", err)) return -1;
	for (size_t i = 0; reply->type == REDIS_REPLY_ARRAY && i < reply->elements && (uint32_t) n < count; i++) {
		const redisReply *e = reply->element[i];
		/* [id, consumer, idle ms, deliveries] */
		if (e->type != REDIS_REPLY_ARRAY || e->elements != 4 || e->element[0]->type != REDIS_REPLY_STRING) continue;
		snprintf(out[n].id, sizeof(out[n].id), "%.*s", (int) e->element[0]->len, e->element[0]->str);
		out[n].idle_ms = (zend_long) e->element[2]->integer;
		out[n].deliveries = (zend_long) e->element[3]->integer;
		n++;
	}
	freeReplyObject(reply);
	return n;
}

int pimsync_redis_xclaim_one(pimsync_redis *r, const char *stream, const char *group, const char *consumer, zend_long min_idle_ms,
                             const char *id, pimsync_stream_entry *entry, pimsync_error *err)
{
	char sidle[24];
	snprintf(sidle, sizeof(sidle), ZEND_LONG_FMT, min_idle_ms);
	const char *argv[] = {"XCLAIM", stream, group, consumer, sidle, id};
	redisReply *reply = pimsync_redis_command(r, 6, argv, NULL, err);
	int n = 0;
	if (!reply) return -1;
	if (error_reply(r, reply, "XCLAIM", err)) return -1;
	if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 1) {
		if (entry_from_reply(reply->element[0], entry)) {
			n = 1;
		} else {
			/* Redis 6 answers nil for an entry trimmed off the stream: nothing to do but let it go */
			freeReplyObject(reply);
			return pimsync_redis_xack(r, stream, group, id, err) == SUCCESS ? 0 : -1;
		}
	}
	freeReplyObject(reply);
	return n;
}

zend_result pimsync_redis_xack(pimsync_redis *r, const char *stream, const char *group, const char *id, pimsync_error *err)
{
	const char *argv[] = {"XACK", stream, group, id};
	redisReply *reply = pimsync_redis_command(r, 4, argv, NULL, err);
	if (!reply) return FAILURE;
	if (error_reply(r, reply, "XACK", err)) return FAILURE;
	freeReplyObject(reply);
	return SUCCESS;
}
