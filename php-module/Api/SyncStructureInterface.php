<?php

declare(strict_types=1);

namespace PimSync\Connector\Api;

/**
 * Port to the pimsync extension: syncs Akeneo's attributes, options and families into
 * Magento's EAV structure (Engine::structure()) on Magento's own database connection.
 *
 * @api
 */
interface SyncStructureInterface
{
    /**
     * @param string $configFile path of the pimsync JSON configuration
     * @param bool $plan list what would be created or changed, write nothing
     * @return array<string, mixed> the engine's structure report: plan, changed, message, counts, changes, notices
     * @throws \PimSync\Connector\Exception\SyncLockedException when another run holds the engine's lock
     * @throws \RuntimeException when the configuration, the source or the database fails
     */
    public function execute(string $configFile, bool $plan): array;
}
