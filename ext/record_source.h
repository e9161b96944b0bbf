/* Where product records come from: an Akeneo JSON-lines file, the Akeneo
 * REST API or an ERP's CSV file. Either way the run receives one record's
 * exact bytes at a time (what its delta hashes and a dead letter keeps), and
 * asks the source to decode them into the Akeneo product the mapper reads. */
#ifndef PIMSYNC_RECORD_SOURCE_H
#define PIMSYNC_RECORD_SOURCE_H

#include "php.h"
#include "zend_smart_str.h"
#include "sync_config.h"
#include "jsonl_reader.h"
#include "csv_source.h"
#include "magento_csv_source.h"
#include "catalog_entities.h"
#include "sync_run.h"

struct pimsync_akeneo_client;
struct pimsync_product_models_s;

typedef struct {
	pimsync_source_kind kind;
	pimsync_jsonl_reader jsonl;
	pimsync_csv_source csv;
	pimsync_magento_csv_source mcsv;
	zend_long bytes_total;
	struct pimsync_akeneo_client *api;
	smart_str item;
	zend_long items;
	zend_string **again;       /* ids still to request by id, after the listing */
	uint32_t again_n, again_pos;
	zend_string **children_of; /* product model codes whose variant products to list, after the ids */
	uint32_t children_n, children_pos;
} pimsync_record_source;

zend_string *pimsync_source_describe(pimsync_config *cfg);
/* What a delta window belongs to: the file path, or the API's base URL with
 * the endpoint (and ?scope=…), so that each has its own window. At most 255
 * bytes (a longer one ends in a hash of the whole). *delta_overlap gets the
 * API's delta_overlap_seconds (0 for a file). */
zend_string *pimsync_source_key(pimsync_config *cfg, zend_long *delta_overlap);
zend_result pimsync_source_open(pimsync_record_source *s, pimsync_config *cfg, pimsync_run_options *opts,
                                pimsync_catalog_entities *entities, pimsync_error *err);
/* 1: a record (bytes valid until the next call, *position owned by the caller);
 * 2: a record the source could not read whole (a file line over
 *    source.max_line_bytes, a CSV record over max_record_bytes or with a
 *    quote open at the end of the file): data holds its first bytes, err
 *    says why; it is to be parked by its position, never decoded;
 * 0: the end; -1: the source failed (err set). */
int pimsync_source_next(pimsync_record_source *s, const char **data, size_t *len, zend_string **position, pimsync_error *err);
/* The record pimsync_source_next returned (1) as an Akeneo product array in
 * product: JSON decoded, or a CSV row converted, whose cells that did not
 * read as their type are left out and added to issues. FAILURE: the record
 * cannot be read (err says why; it is to be parked). */
zend_result pimsync_source_decode(pimsync_record_source *s, const char *data, size_t len, zval *product,
                                  pimsync_issue_list *issues, pimsync_error *err);
/* What else than a record's bytes gives them their meaning, for the delta's
 * hash: a CSV file's header row (0 for the other sources). */
uint64_t pimsync_source_fingerprint(pimsync_record_source *s);
/* The source's own id of the record the last pimsync_source_next returned
 * (Akeneo uuid or identifier), as a new string; NULL for a file. */
zend_string *pimsync_source_record_id(pimsync_record_source *s);
/* API: after the current listing, pimsync_source_next goes on with these
 * products, asked for by id in chunks (ids are copied). */
void pimsync_source_request_ids(pimsync_record_source *s, zend_string *const *ids, uint32_t n);
/* API: after the current listing and the ids, pimsync_source_next goes on
 * with the variant products of these product models (search parent IN, in
 * chunks; codes are copied): a model changed in a delta window reaches the
 * products below it whose own "updated" did not move. */
void pimsync_source_request_children(pimsync_record_source *s, zend_string *const *codes, uint32_t n);
/* The PIM's measurement families as JSON (GET /api/rest/v1/measurement-families),
 * appended to out. Only for the API source: a file feed names its families
 * file in the config. */
zend_result pimsync_source_measurement_families(pimsync_record_source *s, smart_str *out, pimsync_error *err);
/* The PIM's category tree, one category's JSON at a time (a file line of
 * source.categories_path, or an item of GET /api/rest/v1/categories).
 * 1: read (a line too long to read is a category_line_too_long warning);
 * 0: the source has no tree (a file source without categories_path);
 * -1: failed (err). */
int pimsync_source_each_category(pimsync_record_source *s, pimsync_config *cfg, void (*cb)(void *ctx, const char *json, size_t len),
                                 void *ctx, pimsync_run_stats *stats, pimsync_error *err);

/* Whether this source has product models: the API (unless configurables
 * are disabled), a file source with product_models_path. */
bool pimsync_source_has_models(pimsync_config *cfg);
/* Reads the product models (the API's updated window when since is given)
 * and the family variants of the families they name into models. A model
 * that cannot be read is handed to park (false stops: it could not be
 * parked); a family variant that cannot be read is a warning. FAILURE: the
 * source failed (err set). */
typedef bool (*pimsync_model_park_fn)(void *ctx, zend_string *position, const char *json, size_t len, const char *reason);
zend_result pimsync_source_read_models(pimsync_record_source *s, pimsync_config *cfg, zend_string *since,
                                       struct pimsync_product_models_s *models, pimsync_run_stats *stats,
                                       pimsync_model_park_fn park, void *park_ctx, pimsync_error *err);
/* API: one model by code, added to models; 1 found, 0 not at the source, -1 failed. */
int pimsync_source_fetch_model(pimsync_record_source *s, zend_string *code, struct pimsync_product_models_s *models,
                               pimsync_run_stats *stats, pimsync_error *err);

/* After pimsync_source_next() returned 2: the whole length of the record it
 * could hand over only in part. */
size_t pimsync_source_partial_length(pimsync_record_source *s);
zend_long pimsync_source_bytes_read(pimsync_record_source *s);
zend_long pimsync_source_bytes_total(pimsync_record_source *s);
void pimsync_source_close(pimsync_record_source *s);
/* An Akeneo client's sleep hook that calls the PHP callable ctx points to. */
void pimsync_source_sleep_through_php(void *ctx, zend_long ms);

#endif
