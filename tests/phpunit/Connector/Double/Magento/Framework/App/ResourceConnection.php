<?php

declare(strict_types=1);

namespace Magento\Framework\App;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Test double of Magento's class: getConnection() with the real signature, handed the
 * adapter to return (the real one builds it from app/etc/env.php).
 */
class ResourceConnection
{
    public function __construct(private readonly object $adapter)
    {
    }

    public function getConnection($resourceName = 'default')
    {
        return $this->adapter;
    }
}
