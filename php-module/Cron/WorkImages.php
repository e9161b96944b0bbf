<?php

declare(strict_types=1);

namespace PimSync\Connector\Cron;

use PimSync\Connector\Api\WorkImagesInterface;
use PimSync\Connector\Model\ModuleConfig;
use Psr\Log\LoggerInterface;

/**
 * Cron job pimsync_images_work (group pimsync, every minute): bounded work on the image
 * jobs, at most MAX_JOBS jobs or MAX_SECONDS seconds, so ticks never pile up; two ticks
 * that overlap are two consumers of one group and never take the same job. A long-running
 * `bin/magento pimsync:images:work` (or `bin/pimsync images:work`) under a supervisor is
 * faster for large catalogs; the cron is the setup that needs nothing more.
 */
class WorkImages
{
    public const MAX_JOBS = 500;
    public const MAX_SECONDS = 50;

    public function __construct(
        private readonly WorkImagesInterface $workImages,
        private readonly ModuleConfig $moduleConfig,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function execute(): void
    {
        if (!$this->moduleConfig->isEnabled() || $this->moduleConfig->getConfigFile() === '') {
            return;
        }
        $r = $this->workImages->execute($this->moduleConfig->getConfigFile(), [
            'once' => true,
            'max_jobs' => self::MAX_JOBS,
            'max_seconds' => self::MAX_SECONDS,
            'log' => fn (string $line) => $this->logger->warning('pimsync images: ' . $line),
        ]);
        if ($r['jobs'] > 0) {
            $this->logger->info(sprintf(
                'pimsync images: %d jobs in %.1f s, %d attached, %d removed, %d dead-lettered, %d retried',
                $r['jobs'],
                $r['elapsed_s'],
                $r['attached'],
                $r['removed'],
                $r['dead_lettered'],
                $r['retried']
            ));
        }
    }
}
