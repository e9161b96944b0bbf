<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Config;
use PimSync\Connector\Api\GetRecentRunsInterface;
use PimSync\Engine;

/** Engine::status() on Magento's PDO. */
class GetRecentRunsFromEngine implements GetRecentRunsInterface
{
    public function __construct(
        private readonly GetPdoConnection $getPdoConnection,
        private readonly RequireExtension $requireExtension,
    ) {
    }

    public function execute(string $configFile, int $limit): array
    {
        $this->requireExtension->execute();
        $engine = new Engine($this->getPdoConnection->execute(), Config::fromFile($configFile));
        return array_values($engine->status($limit));
    }
}
