<?php

declare(strict_types=1);

namespace Magento\Framework\Lock;

/** Test double of Magento's interface: only the methods the module calls. */
interface LockManagerInterface
{
    public function setLock(string $name, int $timeout = -1): bool;

    public function releaseLock(string $name): bool;
}
