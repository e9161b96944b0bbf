<?php

declare(strict_types=1);

namespace Magento\Framework\DB\Adapter\Pdo;

/**
 * Test double of Magento's adapter: the two methods GetPdoConnection calls, real
 * signatures. The real getConnection() connects lazily and returns its \PDO.
 */
class Mysql
{
    public function __construct(
        private readonly mixed $pdo,
        private readonly int $transactionLevel = 0,
    ) {
    }

    public function getConnection()
    {
        return $this->pdo;
    }

    public function getTransactionLevel()
    {
        return $this->transactionLevel;
    }
}
