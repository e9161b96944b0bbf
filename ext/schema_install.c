/* pimsync's own tables, as docs/ARCHITECTURE.md and the module's
 * db_schema.xml describe them. Created when missing, upgraded in place. */
#include "php.h"
#include "sync_run.h"
#include "pdo_bridge.h"

/* Columns added after the first release: in CREATE TABLE for new installs and
 * added by ALTER TABLE to tables created before them. */
#define RUN_SOURCE_KEY "source_key VARCHAR(255) NULL COMMENT 'What the delta window belongs to: file path, or API base URL with endpoint and scope'"
#define RUN_SOURCE_KEY_INDEX "KEY PIMSYNC_RUN_SOURCE_KEY_STARTED_AT (source_key, started_at)"
#define DEAD_LETTER_SOURCE_ID "source_id VARCHAR(255) NULL COMMENT 'The record id at the source (Akeneo uuid or identifier), to request it again'"
#define DEAD_LETTER_STATUS "status VARCHAR(16) NOT NULL DEFAULT 'open' COMMENT 'open, resolved, gone or discarded'"
#define DEAD_LETTER_RESOLVED_RUN_ID "resolved_run_id INT UNSIGNED NULL COMMENT 'Run that wrote the record or found it gone'"
#define DEAD_LETTER_PAYLOAD_COMMENT "'The record exactly as read, for replay'"
#define DEAD_LETTER_PAYLOAD_BYTES_COMMENT "'Length of the record in bytes; more than the payload only when it was cut'"

#define TABLE_OPTIONS(comment) " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='" comment "'"

/* Column for column the tables of php-module/etc/db_schema.xml, with the
 * comments and the charset and collation it declares: both install paths
 * must give the same tables (tests/schema/db_schema_parity_basic.phpt
 * compares them on a database). */
static const char *const ddl[] = {
	"CREATE TABLE IF NOT EXISTS pimsync_run ("
	" run_id INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Run ID',"
	" status VARCHAR(16) NOT NULL DEFAULT 'running' COMMENT 'running, success, partial or failed',"
	" mode VARCHAR(8) NOT NULL COMMENT 'full or delta',"
	" source VARCHAR(255) NOT NULL COMMENT 'Source file path or API base URL',"
	" " RUN_SOURCE_KEY ","
	" started_at DATETIME NOT NULL COMMENT 'Run start',"
	" finished_at DATETIME NULL COMMENT 'Run end, NULL while running',"
	" seen INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Records read from the source',"
	" created INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products created',"
	" updated INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products updated',"
	" unchanged INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Records skipped by the delta check',"
	" disabled INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products disabled',"
	" failed INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Records dead-lettered',"
	" elapsed_s DECIMAL(12,3) NOT NULL DEFAULT 0 COMMENT 'Run duration in seconds',"
	" report MEDIUMTEXT NULL COMMENT 'JSON run report',"
	" message TEXT NULL COMMENT 'Why the run failed',"
	" PRIMARY KEY (run_id),"
	" KEY PIMSYNC_RUN_STARTED_AT (started_at),"
	" " RUN_SOURCE_KEY_INDEX
	")" TABLE_OPTIONS("pimsync: one row per sync run"),

	"CREATE TABLE IF NOT EXISTS pimsync_product_state ("
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU',"
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Magento product entity ID',"
	" raw_hash BIGINT UNSIGNED NOT NULL COMMENT 'XXH3 of the source bytes',"
	" record_hash BIGINT UNSIGNED NOT NULL COMMENT 'XXH3 of the normalized mapped record',"
	" last_run_id INT UNSIGNED NOT NULL COMMENT 'Run that last wrote this SKU',"
	" PRIMARY KEY (sku),"
	" KEY PIMSYNC_PRODUCT_STATE_ENTITY_ID (entity_id)"
	")" TABLE_OPTIONS("pimsync: per-SKU delta state"),

	"CREATE TABLE IF NOT EXISTS pimsync_dead_letter ("
	" dead_letter_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Dead letter ID',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',"
	" position VARCHAR(64) NOT NULL COMMENT 'Where in the source, e.g. line 12 or item 340',"
	" sku VARCHAR(64) NULL COMMENT 'SKU, when it could be read',"
	" reason TEXT NOT NULL COMMENT 'Why the record failed',"
	" payload LONGBLOB NULL COMMENT " DEAD_LETTER_PAYLOAD_COMMENT ","
	" payload_bytes BIGINT UNSIGNED NULL COMMENT " DEAD_LETTER_PAYLOAD_BYTES_COMMENT ","
	" " DEAD_LETTER_SOURCE_ID ","
	" " DEAD_LETTER_STATUS ","
	" " DEAD_LETTER_RESOLVED_RUN_ID ","
	" created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When the record was parked',"
	" PRIMARY KEY (dead_letter_id),"
	" KEY PIMSYNC_DEAD_LETTER_RUN_ID (run_id),"
	" KEY PIMSYNC_DEAD_LETTER_SKU (sku)"
	")" TABLE_OPTIONS("pimsync: records that failed validation or writing"),

	"CREATE TABLE IF NOT EXISTS pimsync_value_issue ("
	" value_issue_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Value issue ID',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',"
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU',"
	" attribute_code VARCHAR(255) NOT NULL COMMENT 'Magento attribute code',"
	" store_id INT NULL COMMENT 'Store view ID, 0 for the admin value, NULL when none',"
	" kind VARCHAR(32) NOT NULL COMMENT 'What was wrong: missing_currency, unit, too_long, out_of_range, characters…',"
	" action VARCHAR(16) NOT NULL COMMENT 'left_out, adjusted, filled, hidden, refused, written_disabled or kept',"
	" message TEXT NOT NULL COMMENT 'What was wrong and what pimsync did',"
	" PRIMARY KEY (value_issue_id),"
	" KEY PIMSYNC_VALUE_ISSUE_RUN_ID (run_id),"
	" KEY PIMSYNC_VALUE_ISSUE_SKU (sku)"
	")" TABLE_OPTIONS("pimsync values left out or adjusted, per run"),

	"CREATE TABLE IF NOT EXISTS pimsync_entity_map ("
	" kind VARCHAR(16) NOT NULL COMMENT 'category or option',"
	" scope VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Attribute code for options, empty for categories',"
	" code VARCHAR(255) NOT NULL COMMENT 'Akeneo code',"
	" magento_id INT UNSIGNED NOT NULL COMMENT 'Magento category or option ID',"
	" PRIMARY KEY (kind, scope, code)"
	")" TABLE_OPTIONS("pimsync: Akeneo code to Magento ID for categories and options"),

	"CREATE TABLE IF NOT EXISTS pimsync_option_label ("
	" option_id INT UNSIGNED NOT NULL COMMENT 'Magento option ID',"
	" store_id SMALLINT UNSIGNED NOT NULL COMMENT 'Store ID, 0 for the admin label',"
	" value VARCHAR(255) NOT NULL COMMENT 'The label pimsync wrote; a label that differs was set in Magento and stays',"
	" PRIMARY KEY (option_id, store_id)"
	")" TABLE_OPTIONS("pimsync: option labels pimsync wrote, per store"),

	"CREATE TABLE IF NOT EXISTS pimsync_run_entity ("
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',"
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Magento product entity ID',"
	" action VARCHAR(16) NOT NULL COMMENT 'created, updated or disabled',"
	" attributes TEXT NULL COMMENT 'Comma-separated changed attribute codes',"
	" PRIMARY KEY (run_id, entity_id)"
	")" TABLE_OPTIONS("pimsync: products each run changed"),

	"CREATE TABLE IF NOT EXISTS pimsync_category_link ("
	" product_id INT UNSIGNED NOT NULL COMMENT 'Magento product entity ID (0 with category 0: links older versions wrote were adopted)',"
	" category_id INT UNSIGNED NOT NULL COMMENT 'Magento category ID',"
	" PRIMARY KEY (product_id, category_id)"
	")" TABLE_OPTIONS("pimsync: product-category links pimsync wrote, the only ones it removes"),

	"CREATE TABLE IF NOT EXISTS pimsync_product_link ("
	" product_id INT UNSIGNED NOT NULL COMMENT 'Linking product entity ID',"
	" link_type_id SMALLINT UNSIGNED NOT NULL COMMENT 'Magento link type: 1 related, 4 up-sell, 5 cross-sell',"
	" linked_product_id INT UNSIGNED NOT NULL COMMENT 'Linked product entity ID',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run that wrote the link or last found it listed',"
	" PRIMARY KEY (product_id, link_type_id, linked_product_id)"
	")" TABLE_OPTIONS("pimsync: product links pimsync wrote, the only ones it removes"),

	"CREATE TABLE IF NOT EXISTS pimsync_link_pending ("
	" product_id INT UNSIGNED NOT NULL COMMENT 'Linking product entity ID',"
	" link_type_id SMALLINT UNSIGNED NOT NULL COMMENT 'Magento link type: 1 related, 4 up-sell, 5 cross-sell',"
	" target_kind VARCHAR(8) NOT NULL COMMENT 'How the product to link is named: sku, uuid or model (product model code)',"
	" target VARCHAR(255) NOT NULL COMMENT 'Akeneo identifier, uuid or product model code of the product to link',"
	" position INT UNSIGNED NOT NULL COMMENT 'Position of the link in its type, in feed order',"
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU of the linking product',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run that last named the link',"
	" PRIMARY KEY (product_id, link_type_id, target_kind, target),"
	" KEY PIMSYNC_LINK_PENDING_TARGET (target)"
	")" TABLE_OPTIONS("pimsync: product links waiting for a product Magento does not have yet"),

	"CREATE TABLE IF NOT EXISTS pimsync_product_uuid ("
	" uuid VARCHAR(36) NOT NULL COMMENT 'Akeneo product uuid',"
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU of the product pimsync wrote',"
	" PRIMARY KEY (uuid)"
	")" TABLE_OPTIONS("pimsync: Akeneo product uuid to SKU, for associations by uuid"),

	"CREATE TABLE IF NOT EXISTS pimsync_media_file ("
	" content_hash CHAR(64) NOT NULL COMMENT 'SHA-256 of the file bytes, hex',"
	" path VARCHAR(255) NOT NULL COMMENT 'Under catalog/product, as the gallery stores it: /a/b/name.jpg',"
	" bytes BIGINT UNSIGNED NOT NULL COMMENT 'File size in bytes',"
	" mime VARCHAR(32) NOT NULL COMMENT 'Detected image type, e.g. image/jpeg',"
	" width INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Width in pixels, 0 when not decoded',"
	" height INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Height in pixels, 0 when not decoded',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run whose image job stored the file',"
	" created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When the file was stored',"
	" PRIMARY KEY (content_hash),"
	" UNIQUE KEY PIMSYNC_MEDIA_FILE_PATH (path)"
	")" TABLE_OPTIONS("pimsync: image files pimsync stored, one per content"),

	"CREATE TABLE IF NOT EXISTS pimsync_media_link ("
	" value_id INT UNSIGNED NOT NULL COMMENT 'Gallery value pimsync wrote (catalog_product_entity_media_gallery)',"
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Magento product entity ID',"
	" ref VARCHAR(255) NOT NULL COMMENT 'Source reference of the image (stable for its content)',"
	" content_hash CHAR(64) NOT NULL COMMENT 'SHA-256 of its file (pimsync_media_file)',"
	" roles VARCHAR(1024) NOT NULL DEFAULT '' COMMENT 'Roles pimsync gave it: role@store_id, comma-separated',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run whose image job attached it',"
	" retired_at DATETIME NULL COMMENT 'When it was replaced; kept disabled until images.keep_replaced_hours pass',"
	" retired_run_id INT UNSIGNED NULL COMMENT 'Run whose image job replaced it',"
	" PRIMARY KEY (value_id),"
	" KEY PIMSYNC_MEDIA_LINK_ENTITY_ID (entity_id),"
	" KEY PIMSYNC_MEDIA_LINK_CONTENT_HASH (content_hash),"
	" KEY PIMSYNC_MEDIA_LINK_RETIRED_AT (retired_at)"
	")" TABLE_OPTIONS("pimsync: gallery values pimsync wrote, the only ones it changes or removes"),
	/* issue 8, part J: the image jobs (image_jobs.h) */
	"CREATE TABLE IF NOT EXISTS pimsync_media_state ("
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Magento product entity ID',"
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU',"
	" generation VARCHAR(16) NOT NULL COMMENT 'Hash of the desired media set (16 hex); a job of another generation is obsolete',"
	" images INT UNSIGNED NOT NULL COMMENT 'Images in the desired media set',"
	" jobs INT UNSIGNED NOT NULL COMMENT 'Jobs (chunks) made for this generation',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run that made the jobs of this generation',"
	" PRIMARY KEY (entity_id),"
	" KEY PIMSYNC_MEDIA_STATE_SKU (sku)"
	")" TABLE_OPTIONS("pimsync: the media set the image jobs of each product were made for"),

	"CREATE TABLE IF NOT EXISTS pimsync_image_outbox ("
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run that made the job',"
	" seq INT UNSIGNED NOT NULL COMMENT 'Order of the job in its run',"
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Magento product entity ID',"
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU',"
	" generation VARCHAR(16) NOT NULL COMMENT 'Media set generation of the job',"
	" chunk INT UNSIGNED NOT NULL COMMENT 'Chunk of the job, 1 to chunks',"
	" chunks INT UNSIGNED NOT NULL COMMENT 'Chunks of the media set of the product',"
	" job MEDIUMTEXT NOT NULL COMMENT 'The job JSON, as it goes on the stream',"
	" reason TEXT NULL COMMENT 'Why it is not on the stream yet, NULL while its batch commits',"
	" attempts INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Attempts to put it on the stream that failed',"
	" created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When the job was made',"
	" PRIMARY KEY (run_id, seq),"
	" KEY PIMSYNC_IMAGE_OUTBOX_ENTITY_ID (entity_id)"
	")" TABLE_OPTIONS("pimsync: image jobs written with their batch, until they are on the Redis stream"),

	"CREATE TABLE IF NOT EXISTS pimsync_image_dead_letter ("
	" dead_letter_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Dead letter ID',"
	" stream_id VARCHAR(48) NOT NULL COMMENT 'Stream entry ID of the job',"
	" run_id INT UNSIGNED NULL COMMENT 'Run that made the job, NULL when it could not be read',"
	" entity_id INT UNSIGNED NULL COMMENT 'Magento product entity ID',"
	" sku VARCHAR(64) NULL COMMENT 'SKU',"
	" ref TEXT NULL COMMENT 'Source reference of the image, NULL for the whole job',"
	" reason_kind VARCHAR(32) NOT NULL COMMENT 'malformed_job, http_status, not_an_image, host_not_allowed, timeout…',"
	" reason TEXT NOT NULL COMMENT 'Why the image or job failed for good',"
	" attempts INT UNSIGNED NOT NULL COMMENT 'Deliveries of the job when it was given up',"
	" job MEDIUMTEXT NOT NULL COMMENT 'The job as it was on the stream, for replay',"
	" created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When it was given up',"
	" PRIMARY KEY (dead_letter_id),"
	" KEY PIMSYNC_IMAGE_DEAD_LETTER_SKU (sku)"
	")" TABLE_OPTIONS("pimsync: images and image jobs the worker gave up on"),
};

/* Tables created by an older pimsync are brought to today's columns in
 * place: a column whose type is not the wanted one (or that is missing) gets
 * its ALTER. Each keeps the rows: MEDIUMTEXT to LONGBLOB keeps the bytes. */
typedef struct {
	const char *table, *column;
	const char *data_type; /* information_schema.COLUMNS.DATA_TYPE it must have */
	const char *alter;
} column_upgrade;

static const column_upgrade upgrades[] = {
	{"pimsync_dead_letter", "payload", "longblob",
	 "ALTER TABLE pimsync_dead_letter MODIFY payload LONGBLOB NULL COMMENT " DEAD_LETTER_PAYLOAD_COMMENT},
	{"pimsync_dead_letter", "payload_bytes", "bigint",
	 "ALTER TABLE pimsync_dead_letter ADD COLUMN payload_bytes BIGINT UNSIGNED NULL COMMENT "
	 DEAD_LETTER_PAYLOAD_BYTES_COMMENT " AFTER payload"},
	/* one marker column per ALTER: a statement adds all its columns or none */
	{"pimsync_run", "source_key", "varchar",
	 "ALTER TABLE pimsync_run ADD COLUMN " RUN_SOURCE_KEY " AFTER source, ADD " RUN_SOURCE_KEY_INDEX},
	{"pimsync_dead_letter", "source_id", "varchar",
	 "ALTER TABLE pimsync_dead_letter ADD COLUMN " DEAD_LETTER_SOURCE_ID " AFTER payload_bytes,"
	 " ADD COLUMN " DEAD_LETTER_STATUS " AFTER source_id, ADD COLUMN " DEAD_LETTER_RESOLVED_RUN_ID " AFTER status"},
};

static zend_result column_is_current(pimsync_db *db, const column_upgrade *u, bool *current)
{
	char sql[384];
	zval type;

	snprintf(sql, sizeof(sql), "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
	         " AND TABLE_NAME = '%s' AND COLUMN_NAME = '%s'", u->table, u->column);
	if (pimsync_db_fetch_one(db, sql, &type) == FAILURE) return FAILURE;
	*current = Z_TYPE(type) == IS_STRING && strcasecmp(Z_STRVAL(type), u->data_type) == 0;
	zval_ptr_dtor(&type);
	return SUCCESS;
}

static zend_result upgrade_column(pimsync_db *db, const column_upgrade *u)
{
	bool current;
	if (column_is_current(db, u, &current) == FAILURE) return FAILURE;
	if (current || pimsync_db_exec(db, u->alter, strlen(u->alter), NULL) == SUCCESS) return SUCCESS;
	/* another process may have upgraded the table meanwhile */
	pimsync_error keep = *db->err;
	if (column_is_current(db, u, &current) == FAILURE || !current) {
		*db->err = keep;
		return FAILURE;
	}
	return SUCCESS;
}

zend_result pimsync_install_schema(zend_object *pdo, pimsync_error *err)
{
	pimsync_db db;
	if (pimsync_db_open(&db, pdo, err) == FAILURE) return FAILURE;
	for (size_t i = 0; i < sizeof(ddl) / sizeof(ddl[0]); i++) {
		if (pimsync_db_exec(&db, ddl[i], strlen(ddl[i]), NULL) == FAILURE) return FAILURE;
	}
	for (size_t i = 0; i < sizeof(upgrades) / sizeof(upgrades[0]); i++) {
		if (upgrade_column(&db, &upgrades[i]) == FAILURE) return FAILURE;
	}
	return SUCCESS;
}
