<?php

declare(strict_types=1);

namespace PimSync\Connector\Api;

/**
 * Port to the pimsync extension's image worker (PimSync\ImageWorker::work()) on Magento's
 * own database connection: takes the image jobs a sync put on the Redis stream and attaches
 * the images to the products' galleries.
 *
 * @api
 */
interface WorkImagesInterface
{
    /**
     * @param string $configFile path of the pimsync JSON configuration
     * @param array{once?: bool, max_jobs?: int, max_seconds?: float, consumer?: string, log?: callable} $options
     * @return array<string, mixed> the worker's counts: jobs, applied, attached, reused, removed, dead_lettered, retried…
     * @throws \RuntimeException when the configuration or the database fails (the jobs stay on the stream)
     */
    public function execute(string $configFile, array $options): array;
}
