<?php

declare(strict_types=1);

namespace Magento\Framework\App;

use Magento\Framework\DB\Adapter\AdapterInterface;

/**
 * Test double of Magento's class: getConnection() and getTableName() with the real
 * signatures, handed the adapter to return and the table prefix (the real one reads
 * both from app/etc/env.php).
 */
class ResourceConnection
{
    public function __construct(
        private readonly object $adapter,
        private readonly string $tablePrefix = '',
    ) {
    }

    public function getConnection($resourceName = 'default')
    {
        return $this->adapter;
    }

    public function getTableName($modelEntity, $connectionName = 'default')
    {
        return $this->tablePrefix . $modelEntity;
    }
}
