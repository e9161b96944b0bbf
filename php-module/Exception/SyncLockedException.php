<?php

declare(strict_types=1);

namespace PimSync\Connector\Exception;

/** Another sync holds the lock; runs never overlap. */
class SyncLockedException extends \RuntimeException
{
}
