<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Config;
use PimSync\Connector\Api\WorkImagesInterface;
use PimSync\Connector\Model\CleanCacheTags;
use PimSync\ImageWorker;

/**
 * ImageWorker::work() on Magento's PDO; then the page caches of the products whose
 * gallery or image roles it wrote are cleaned (cat_p_<id>), or the storefront keeps
 * showing the images they had.
 */
class WorkImagesWithWorker implements WorkImagesInterface
{
    public function __construct(
        private readonly GetPdoConnection $getPdoConnection,
        private readonly RequireExtension $requireExtension,
        private readonly CleanCacheTags $cleanProductCache,
    ) {
    }

    public function execute(string $configFile, array $options): array
    {
        $this->requireExtension->execute();
        $worker = new ImageWorker($this->getPdoConnection->execute(), Config::fromFile($configFile));
        $result = $worker->work($options);
        $this->cleanProductCache->execute(array_map('intval', $result['changed_products'] ?? []));
        return $result;
    }
}
