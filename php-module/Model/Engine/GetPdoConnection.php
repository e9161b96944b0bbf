<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\Pdo\Mysql;

/**
 * The \PDO under Magento's default connection, for the extension (one connection, the
 * caller's). Mysql extends Zend_Db_Adapter_Pdo_Mysql, whose getConnection() connects
 * lazily and returns the \PDO it holds.
 */
class GetPdoConnection
{
    public function __construct(
        private readonly ResourceConnection $resourceConnection,
    ) {
    }

    public function execute(): \PDO
    {
        $adapter = $this->resourceConnection->getConnection();
        if (!$adapter instanceof Mysql) {
            throw new \RuntimeException(sprintf(
                'pimsync needs a %s connection, got %s.',
                Mysql::class,
                get_debug_type($adapter)
            ));
        }
        // The engine commits batch by batch on the raw PDO; inside an adapter-level
        // transaction those commits would end Magento's transaction behind its back.
        if ($adapter->getTransactionLevel() > 0) {
            throw new \RuntimeException('pimsync cannot run inside an open Magento transaction.');
        }
        $pdo = $adapter->getConnection();
        if (!$pdo instanceof \PDO) {
            throw new \RuntimeException('Magento\'s connection adapter did not return a PDO object.');
        }
        return $pdo;
    }
}
