/* A small wrapper of hiredis for pimsync's Redis streams: connect with a
 * connect and a command timeout, AUTH and SELECT, then commands; a lost
 * connection is opened again once, then not before a backoff that doubles
 * (0.5 s up to 30 s) so a dead Redis costs a run a few attempts, each at
 * most connect_timeout. Takes C types and reports through pimsync_error;
 * the password never appears in a message.
 *
 * The producer uses XGROUP CREATE and pipelined XADD; the worker reads its
 * consumer group with XREADGROUP, XPENDING and XCLAIM and acknowledges
 * with XACK. */
#ifndef PIMSYNC_REDIS_CLIENT_H
#define PIMSYNC_REDIS_CLIENT_H

#include "php.h"
#include <hiredis/hiredis.h>
#include "errors.h"

typedef struct {
	const char *host;
	int port;
	const char *username;   /* NULL: AUTH password (or no AUTH without a password) */
	const char *password;   /* NULL: no AUTH */
	long db;
	double connect_timeout; /* seconds */
	double timeout;         /* seconds per command */
} pimsync_redis_settings;

typedef struct {
	pimsync_redis_settings settings; /* borrowed strings: the config outlives the client */
	redisContext *ctx;       /* NULL while not connected */
	double retry_at;         /* no connection attempt before this (pimsync_now()) */
	double delay;            /* the next backoff, seconds */
	zend_long connects;      /* successful connections, for tests and reports */
	char last_error[PIMSYNC_ERR_MAX]; /* why the last attempt failed: repeated while backing off */
} pimsync_redis;

#define PIMSYNC_REDIS_BACKOFF_FIRST 0.5
#define PIMSYNC_REDIS_BACKOFF_MAX 30.0

void pimsync_redis_init(pimsync_redis *r, const pimsync_redis_settings *settings);
void pimsync_redis_close(pimsync_redis *r);

/* Connected (connecting now unless within the backoff). false with err set
 * when Redis cannot be reached, refuses AUTH or SELECT, or the backoff runs. */
bool pimsync_redis_ready(pimsync_redis *r, pimsync_error *err);

/* One command (argv form): its reply (freeReplyObject() it), or NULL with
 * err set; an error reply is returned as such (type REDIS_REPLY_ERROR). A
 * connection lost on the way is closed and counts towards the backoff, and
 * so is a server that answers it cannot serve yet (LOADING after a restart,
 * BUSY, MASTERDOWN, TRYAGAIN, CLUSTERDOWN): NULL, waited out, not a refusal. */
redisReply *pimsync_redis_command(pimsync_redis *r, int argc, const char **argv, const size_t *lens, pimsync_error *err);

/* XGROUP CREATE stream group 0 MKSTREAM: a group that exists already is fine. */
zend_result pimsync_redis_group_create(pimsync_redis *r, const char *stream, const char *group, pimsync_error *err);

/* XADD stream * field value for each value, pipelined. Returns how many were
 * added, in order, stopping at the first failure (err says why). */
uint32_t pimsync_redis_xadd_many(pimsync_redis *r, const char *stream, const char *field, zend_string *const *values, uint32_t n,
                                 pimsync_error *err);

/* One entry of a stream as the worker takes it. */
typedef struct {
	char id[48];           /* "1712345678901-0" */
	zend_string *job;      /* the "job" field, NULL when the entry has none */
	zend_long deliveries;  /* times the group delivered it, this one included */
} pimsync_stream_entry;

void pimsync_stream_entries_free(pimsync_stream_entry *entries, uint32_t n);

/* XREADGROUP GROUP group consumer COUNT count [BLOCK block_ms] STREAMS stream >:
 * new entries (deliveries 1) into entries[0..count). block_ms < 0: no BLOCK.
 * The command timeout is stretched by block_ms. -1 with err on failure (an
 * error reply too: "NOGROUP" in err when the group is gone). */
int pimsync_redis_xreadgroup(pimsync_redis *r, const char *stream, const char *group, const char *consumer, uint32_t count,
                             zend_long block_ms, pimsync_stream_entry *entries, pimsync_error *err);

/* One row of XPENDING stream group IDLE min_idle_ms - + count. */
typedef struct {
	char id[48];
	zend_long idle_ms;
	zend_long deliveries;
} pimsync_pending_entry;

/* The group's pending entries idle at least min_idle_ms (oldest first), or -1 with err. */
int pimsync_redis_xpending_idle(pimsync_redis *r, const char *stream, const char *group, zend_long min_idle_ms, uint32_t count,
                                pimsync_pending_entry *out, pimsync_error *err);

/* XCLAIM stream group consumer min_idle_ms id: the entry when it was still
 * idle that long (no other consumer took it meanwhile): 1, its deliveries
 * counted; 0 when another took it or it is gone (a trimmed entry is XACKed
 * so it leaves the pending list); -1 with err. */
int pimsync_redis_xclaim_one(pimsync_redis *r, const char *stream, const char *group, const char *consumer, zend_long min_idle_ms,
                             const char *id, pimsync_stream_entry *entry, pimsync_error *err);

/* XACK stream group id. */
zend_result pimsync_redis_xack(pimsync_redis *r, const char *stream, const char *group, const char *id, pimsync_error *err);

#endif
