<?php

declare(strict_types=1);

namespace Magento\Framework\Indexer;

/** Test double of Magento's interface: only the methods the module calls. */
interface ConfigInterface
{
    public function getIndexers();
}
