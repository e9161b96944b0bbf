<?php

/** @generate-class-entries */

namespace PimSync {
    /** The extension's version string. */
    function version(): string {}

    /**
     * Akeneo's standard measurement families in the format GET /api/rest/v1/measurement-families
     * returns (labels left out); $families, in that format, extend or replace them by code.
     */
    function measurementFamilies(?array $families = null): array {}

    /**
     * An amount converted between two units of one measurement family as Akeneo converts it: the
     * units' operations, each a bcmath step at 12 decimals. Returns the 12-decimal result.
     * $families, in the API's format, extend or replace the standard families.
     * Throws ValueError for an unknown unit, units of two families, or malformed $families.
     */
    function convertMeasure(string|int|float $amount, string $fromUnit, string $toUnit, ?array $families = null): string {}

    /**
     * Downloads and checks images under $config's images.download policy, writing nothing: each
     * ref is a URL or ["akeneo" => media file code] (fetched from the config's Akeneo source with
     * its token). Returns, under each ref's key: ok, url (without user:password@ or query string),
     * bytes, mime, extension, width, height, sha256 (hex of the body), reason_kind ("" when ok),
     * reason, retryable, http_status. One failed ref never stops the others.
     * Throws ValueError when a ref is neither a string nor ["akeneo" => string].
     */
    function probeImages(Config $config, array $refs): array {}

    /**
     * The type and size of an image from its bytes (JPEG, PNG, GIF, WebP headers; no decoding):
     * ok, mime, extension, width, height, reason_kind (not_an_image, truncated, bad_dimensions
     * or "" when ok) and reason.
     */
    function imageInfo(string $bytes): array {}

    /** Base class of every error pimsync throws. */
    class Exception extends \RuntimeException {}

    /** A configuration file or string is unreadable or invalid; the message names file, line and field. */
    class ConfigException extends Exception {}

    /** The database does not hold the Magento schema or metadata the run needs. */
    class SchemaException extends Exception {}

    /** A statement failed on the caller's PDO connection. */
    class DatabaseException extends Exception {}

    /** The product source (file or API) cannot be read. */
    class SourceException extends Exception {}

    /** An HTTP request failed after every retry. */
    class HttpException extends SourceException {}

    /**
     * Another run holds this database's run lock (another sync, from any host or caller): this
     * one did not start. The message names the run that holds it.
     */
    class LockedException extends Exception {}

    /**
     * A validated sync configuration.
     * @strict-properties
     * @not-serializable
     */
    final class Config
    {
        /** Where the configuration came from: a file path or the origin given to fromString(). */
        public readonly string $origin;

        private function __construct() {}

        public static function fromFile(string $path): Config {}

        public static function fromString(string $json, string $origin = "inline"): Config {}

        /** The configuration with every default filled in. */
        public function toArray(): array {}

        /**
         * The ownership matrix as the sheet teams share: one row per field (field, owner, class,
         * rules, source, magento_attribute, table). With a PDO, each attribute's table comes from
         * Magento's metadata; without one, the config's view ("" where it cannot know).
         */
        public function ownershipMatrix(?\PDO $pdo = null): array {}
    }

    /**
     * Runs syncs through the caller's PDO connection.
     * @strict-properties
     * @not-serializable
     */
    final class Engine
    {
        public function __construct(\PDO $pdo, Config $config) {}

        /** Creates pimsync's own tables (runs, state, dead letters, maps) when missing. */
        public function installSchema(): void {}

        /**
         * Runs one sync.
         * Options: mode ("full"|"delta"), progress (callable receiving an array),
         * since ("Y-m-d H:i:s" UTC, overriding the incremental start), batch_size (int),
         * sleep (callable(int $ms) replacing the retry waits, for tests),
         * lock_wait (int seconds to wait for another run's lock, default 0: throw LockedException at once).
         * plan (bool): run everything up to the write, reading Magento's values, and write nothing:
         * every write is rolled back and the report's plan says what the run would do.
         * A run that cannot go on throws; its row in pimsync_run says why.
         */
        public function sync(array $options = []): Report {}

        /**
         * Syncs Akeneo's structure into Magento: attributes (with their labels), select options (sort
         * order, store labels) and families as attribute sets; creates and updates, never removes.
         * With $plan, writes nothing and lists what it would do. Returns plan, changed, message,
         * counts ("kind.action" => n), changes (action, kind, code, detail), notices (kind, code,
         * message: what was skipped, kept or mismatched), warnings and rows_written.
         * Throws as sync() does (LockedException while a run holds the run lock).
         */
        public function structure(bool $plan = false): array {}

        /**
         * The most recent runs, newest first. A row a dead run left 'running' (nobody holds the
         * run lock) is first closed as 'aborted', as the next run would close it.
         */
        public function status(int $limit = 10): array {}

        /**
         * Applies one image job (the JSON a sync puts on the image stream) with the bodies read from
         * files under images.local_root: files under images.media_root/catalog/product by Magento's
         * rules, stored once per content, and the product's gallery rows and roles. Returns status
         * ("applied", "skipped_obsolete" or "refused" for a malformed job, with reason_kind and
         * reason), attached, reused (the same bytes already stored), updated, restored, retired
         * (replaced, kept disabled until purged), removed, skipped_obsolete, files_written,
         * files_deleted, rows_written and failed (each: ref, reason_kind, reason, retryable).
         * Throws ConfigException without images.media_root or images.local_root, DatabaseException
         * when a statement fails (nothing of the job is then committed).
         */
        public function applyImageJob(string $jobJson): array {}

        /**
         * Replaced images retired longer than $olderThanHours (default images.keep_replaced_hours)
         * leave the gallery, with their files when no gallery row uses them. Returns purged and
         * files_deleted.
         */
        public function purgeRetiredImages(?int $olderThanHours = null): array {}
    }

    /**
     * Takes image jobs from the Redis stream's consumer group (images.redis, images.stream,
     * images.group), downloads what the gallery lacks and applies each job in its own
     * transaction, acknowledging it after the commit.
     * @strict-properties
     * @not-serializable
     */
    final class ImageWorker
    {
        public function __construct(\PDO $pdo, Config $config) {}

        /**
         * Works until stopped, or with $options: once (bool: stop when nothing is left to take),
         * max_jobs (int), max_seconds (float), block_ms (int, the wait for new jobs, 2000),
         * batch (int, jobs taken at once, their downloads in parallel; 16), consumer (string,
         * default host:pid), redis_wait (float: with once, seconds before giving up on an
         * unreachable Redis; 30), log (callable(string): reconnects, retries). Returns the counts:
         * jobs, applied, skipped_obsolete, refused, claimed, attached, reused, updated, restored,
         * retired, removed, files_written, files_deleted, rows_written, downloaded,
         * download_bytes, dead_lettered, retried, outbox_flushed, redis_errors, deadlocks,
         * elapsed_s, consumer, stream, and changed_products: the entity ids whose gallery or
         * image roles were written (their page caches are stale). Throws ConfigException without images.media_root,
         * DatabaseException when the database is gone (the jobs stay pending).
         */
        public function work(array $options = []): array {}
    }

    /**
     * What one run did. Also stored in the pimsync_run table.
     * @strict-properties
     * @not-serializable
     */
    final class Report
    {
        public readonly int $runId;
        /** "success", "partial" (some records failed) or "failed". */
        public readonly string $status;
        public readonly string $mode;
        /** File path or API base URL. */
        public readonly string $source;
        /** seen, created, updated, unchanged, disabled, failed. */
        public readonly array $counts;
        /** Rows written per table. */
        public readonly array $rowsWritten;
        /** Seconds per phase. */
        public readonly array $phaseSeconds;
        public readonly float $elapsedSeconds;
        /** entity_id => ["action" => created|updated|disabled, "attributes" => [codes]]. */
        public readonly array $changedEntities;
        /** Each failed record: position, sku, reason. The record is also in pimsync_dead_letter. */
        public readonly array $errors;
        /** Run-level notices (unknown attributes, locales…): key => [message, count, first_position]. */
        public readonly array $warnings;
        /** Why the run stopped, when status is "failed". */
        public readonly ?string $message;
        /** New rows went by LOAD DATA LOCAL INFILE (else by multi-row INSERT). */
        public readonly bool $loadData;
        /**
         * Values left out or adjusted (the product itself was written): count, by_kind
         * (kind => count) and sample (the first 100: sku, attribute, store_id, kind, action,
         * message). Every one is also a row of pimsync_value_issue.
         */
        public readonly array $valueIssues;
        /**
         * The category tree, when the source has one (else null): read, created, moved,
         * reordered, renamed, unchanged, disabled, restored, removed_ignored, rewrites,
         * redirects, url_conflicts, and codes (what => the first 100 codes).
         */
        public readonly ?array $categories;
        /**
         * Product links from Akeneo associations: written, removed, repositioned, resolved
         * (pending links written now that their product exists) and pending (links still
         * waiting for a product Magento does not have; rows of pimsync_link_pending).
         */
        public readonly array $links;
        /** What the structure phase did (structure "auto"), as Engine::structure() returns it; null when it did not run. */
        public readonly ?array $structure;
        /**
         * Product models: configurables created, updated, unchanged, disabled (absent from a
         * full run's model feed) and failed (parked), and the super links of variant products
         * made (children_linked) and removed (children_unlinked).
         */
        public readonly array $configurables;
        /**
         * Image jobs (config "images"), null when images are off: products (whose media set
         * changed), jobs (made for them), enqueued (jobs put on the Redis stream by this run,
         * including ones earlier runs left waiting), outbox (jobs still waiting in
         * pimsync_image_outbox because Redis could not be reached) and stream.
         */
        public readonly ?array $images;
        /**
         * Writes the ownership matrix refused (config "ownership"): field => count. A field is a
         * Magento attribute code, or status, stock, categories, websites, links, images. Each
         * refused value is also a value issue of kind not_owner (action refused).
         */
        public readonly array $refusedByOwner;
        /**
         * Validation rules (config "validation"), null without any: checked (records), passed
         * (without a finding), first_time_pass_rate (passed / checked), values_rejected,
         * records_rejected (parked), written_disabled (new products landed disabled) and
         * findings_by_rule (rule name => findings).
         */
        public readonly ?array $validation;
        /**
         * Plan mode (sync option plan), null otherwise: products (create, update, disable,
         * unchanged, park), values (attribute, store_id, count: values of existing products that
         * would change), new_product_values (attribute => count), samples (attribute => up to 5
         * of sku, store_id, old, new) and refused (by_owner: owner => field => count; by_rule:
         * issue kind => count). Nothing of the run is stored: run_id names a row rolled back.
         */
        public readonly ?array $plan;
        /**
         * Values the config's transformations changed, null without any:
         * attribute => [kind => values changed] (only kinds that changed something).
         */
        public readonly ?array $transformations;

        private function __construct() {}

        public function toArray(): array {}
    }
}
