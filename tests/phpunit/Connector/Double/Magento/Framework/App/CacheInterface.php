<?php

declare(strict_types=1);

namespace Magento\Framework\App;

/** Test double of Magento's interface: only the methods the module calls. */
interface CacheInterface
{
    public function clean($tags = []);
}
