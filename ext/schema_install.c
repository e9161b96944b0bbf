/* pimsync's own tables, as docs/ARCHITECTURE.md and the module's
 * db_schema.xml describe them. Created only when missing. */
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

static const char *const ddl[] = {
	"CREATE TABLE IF NOT EXISTS pimsync_run ("
	" run_id INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Run ID',"
	" status VARCHAR(16) NOT NULL DEFAULT 'running' COMMENT 'running|success|partial|failed',"
	" mode VARCHAR(8) NOT NULL COMMENT 'full|delta',"
	" source VARCHAR(255) NOT NULL COMMENT 'File path or API base URL',"
	" " RUN_SOURCE_KEY ","
	" started_at DATETIME NOT NULL COMMENT 'UTC start',"
	" finished_at DATETIME NULL COMMENT 'UTC end',"
	" seen INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Records read',"
	" created INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products created',"
	" updated INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products with values written',"
	" unchanged INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products left as they were',"
	" disabled INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Products disabled as absent from a full feed',"
	" failed INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'Records parked in pimsync_dead_letter',"
	" elapsed_s DECIMAL(12,3) NOT NULL DEFAULT 0 COMMENT 'Wall-clock seconds',"
	" report MEDIUMTEXT NULL COMMENT 'The run report as JSON',"
	" message TEXT NULL COMMENT 'Why the run failed',"
	" PRIMARY KEY (run_id),"
	" KEY PIMSYNC_RUN_STARTED_AT (started_at),"
	" " RUN_SOURCE_KEY_INDEX
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync runs'",

	"CREATE TABLE IF NOT EXISTS pimsync_product_state ("
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU',"
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Product entity ID',"
	" raw_hash BIGINT UNSIGNED NOT NULL COMMENT 'XXH3 of the source bytes',"
	" record_hash BIGINT UNSIGNED NOT NULL COMMENT 'XXH3 of the mapped record',"
	" last_run_id INT UNSIGNED NOT NULL COMMENT 'Run that last wrote it',"
	" PRIMARY KEY (sku),"
	" KEY PIMSYNC_PRODUCT_STATE_ENTITY_ID (entity_id)"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync per-SKU sync state'",

	"CREATE TABLE IF NOT EXISTS pimsync_dead_letter ("
	" dead_letter_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Dead letter ID',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',"
	" position VARCHAR(64) NOT NULL COMMENT 'Where in the source',"
	" sku VARCHAR(64) NULL COMMENT 'SKU, when it could be read',"
	" reason TEXT NOT NULL COMMENT 'Why the record was parked',"
	" payload MEDIUMTEXT NULL COMMENT 'The raw record, for replay',"
	" " DEAD_LETTER_SOURCE_ID ","
	" " DEAD_LETTER_STATUS ","
	" " DEAD_LETTER_RESOLVED_RUN_ID ","
	" created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When',"
	" PRIMARY KEY (dead_letter_id),"
	" KEY PIMSYNC_DEAD_LETTER_RUN_ID (run_id),"
	" KEY PIMSYNC_DEAD_LETTER_SKU (sku)"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync records parked for review'",

	"CREATE TABLE IF NOT EXISTS pimsync_value_issue ("
	" value_issue_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Value issue ID',"
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',"
	" sku VARCHAR(64) NOT NULL COMMENT 'SKU',"
	" attribute_code VARCHAR(255) NOT NULL COMMENT 'Magento attribute code',"
	" store_id INT NULL COMMENT 'Store view ID, 0 for the admin value, NULL when none',"
	" kind VARCHAR(32) NOT NULL COMMENT 'What was wrong: missing_currency, unit, too_long, out_of_range, characters…',"
	" action VARCHAR(16) NOT NULL COMMENT 'left_out, adjusted, filled or hidden',"
	" message TEXT NOT NULL COMMENT 'What was wrong and what pimsync did',"
	" PRIMARY KEY (value_issue_id),"
	" KEY PIMSYNC_VALUE_ISSUE_RUN_ID (run_id),"
	" KEY PIMSYNC_VALUE_ISSUE_SKU (sku)"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync values left out or adjusted, per run'",

	"CREATE TABLE IF NOT EXISTS pimsync_entity_map ("
	" kind VARCHAR(16) NOT NULL COMMENT 'category|option',"
	" scope VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Attribute code for options',"
	" code VARCHAR(255) NOT NULL COMMENT 'Akeneo code',"
	" magento_id INT UNSIGNED NOT NULL COMMENT 'Magento ID',"
	" PRIMARY KEY (kind, scope, code)"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync Akeneo code to Magento ID'",

	"CREATE TABLE IF NOT EXISTS pimsync_run_entity ("
	" run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',"
	" entity_id INT UNSIGNED NOT NULL COMMENT 'Product entity ID',"
	" action VARCHAR(16) NOT NULL COMMENT 'created|updated|disabled',"
	" attributes TEXT NULL COMMENT 'Changed attribute codes, comma-separated',"
	" PRIMARY KEY (run_id, entity_id)"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync products changed per run'",
};

/* One marker column per ALTER: a statement adds all its columns or none. */
static const struct { const char *table, *column, *alter; } upgrades[] = {
	{ "pimsync_run", "source_key", "ALTER TABLE pimsync_run ADD COLUMN " RUN_SOURCE_KEY " AFTER source, ADD " RUN_SOURCE_KEY_INDEX },
	{ "pimsync_dead_letter", "source_id", "ALTER TABLE pimsync_dead_letter ADD COLUMN " DEAD_LETTER_SOURCE_ID " AFTER payload,"
	  " ADD COLUMN " DEAD_LETTER_STATUS " AFTER source_id, ADD COLUMN " DEAD_LETTER_RESOLVED_RUN_ID " AFTER status" },
};

static zend_result has_column(pimsync_db *db, const char *table, const char *column, bool *has)
{
	char sql[256];
	zval n;
	snprintf(sql, sizeof(sql), "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
	         " AND TABLE_NAME = '%s' AND COLUMN_NAME = '%s'", table, column);
	if (pimsync_db_fetch_one(db, sql, &n) == FAILURE) return FAILURE;
	*has = zval_get_long(&n) > 0;
	zval_ptr_dtor(&n);
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
		bool has;
		if (has_column(&db, upgrades[i].table, upgrades[i].column, &has) == FAILURE) return FAILURE;
		if (has) continue;
		if (pimsync_db_exec(&db, upgrades[i].alter, strlen(upgrades[i].alter), NULL) == FAILURE) {
			/* another process may have upgraded the table meanwhile */
			pimsync_error keep = *err;
			if (has_column(&db, upgrades[i].table, upgrades[i].column, &has) == FAILURE || !has) {
				*err = keep;
				return FAILURE;
			}
		}
	}
	return SUCCESS;
}
