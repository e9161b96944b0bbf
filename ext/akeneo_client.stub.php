<?php

/** @generate-class-entries */

namespace PimSync {
    /**
     * A client of the Akeneo REST API: authenticates on construction, lists
     * products (search_after pagination) and attribute options.
     * @strict-properties
     * @not-serializable
     */
    final class AkeneoClient
    {
        /**
         * Settings: the "source" object of the config (base_url, client_id, secret,
         * username, password, page_size, timeout_ms, connect_timeout_ms, max_attempts,
         * backoff_base_ms, backoff_max_ms, endpoint, scope), plus "sleep", a
         * callable(int $ms) that replaces real sleeping between retries (tests).
         */
        public function __construct(array $settings) {}

        /** Every product as compact JSON with sorted keys and no "_links". */
        public function products(?string $updatedSince = null): array {}

        /** Calls $callback(string $json) per product; returns how many. */
        public function eachProduct(callable $callback, ?string $updatedSince = null): int {}

        /** Every option of an attribute as JSON text. */
        public function options(string $attributeCode): array {}

        /** requests, retries, token_refreshes, pages, items since construction. */
        public function stats(): array {}
    }
}
