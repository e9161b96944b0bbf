<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Config;
use PimSync\Connector\Api\SyncStructureInterface;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Engine;
use PimSync\LockedException;

/** Engine::structure() on Magento's PDO; the engine's LockedException becomes the module's. */
class SyncStructureWithEngine implements SyncStructureInterface
{
    public function __construct(
        private readonly GetPdoConnection $getPdoConnection,
        private readonly RequireExtension $requireExtension,
    ) {
    }

    public function execute(string $configFile, bool $plan): array
    {
        $this->requireExtension->execute();
        $engine = new Engine($this->getPdoConnection->execute(), Config::fromFile($configFile));
        try {
            return $engine->structure($plan);
        } catch (LockedException $e) {
            throw new SyncLockedException($e->getMessage(), 0, $e);
        }
    }
}
