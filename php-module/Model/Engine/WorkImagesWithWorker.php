<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Config;
use PimSync\Connector\Api\WorkImagesInterface;
use PimSync\ImageWorker;

/** ImageWorker::work() on Magento's PDO. */
class WorkImagesWithWorker implements WorkImagesInterface
{
    public function __construct(
        private readonly GetPdoConnection $getPdoConnection,
        private readonly RequireExtension $requireExtension,
    ) {
    }

    public function execute(string $configFile, array $options): array
    {
        $this->requireExtension->execute();
        $worker = new ImageWorker($this->getPdoConnection->execute(), Config::fromFile($configFile));
        return $worker->work($options);
    }
}
