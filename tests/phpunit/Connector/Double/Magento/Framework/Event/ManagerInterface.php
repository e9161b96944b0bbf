<?php

declare(strict_types=1);

namespace Magento\Framework\Event;

/** Test double of Magento's interface: only the methods the module calls. */
interface ManagerInterface
{
    public function dispatch($eventName, array $data = []);
}
