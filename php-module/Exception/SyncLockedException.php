<?php

declare(strict_types=1);

namespace PimSync\Connector\Exception;

/**
 * Another sync holds the lock (the module's Magento lock, or the engine's own database
 * lock taken by bin/pimsync or any other caller); runs never overlap.
 */
class SyncLockedException extends \RuntimeException
{
}
