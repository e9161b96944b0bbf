<?php

declare(strict_types=1);

namespace Magento\Framework\Event;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface ManagerInterface
{
    public function dispatch($eventName, array $data = []);
}
