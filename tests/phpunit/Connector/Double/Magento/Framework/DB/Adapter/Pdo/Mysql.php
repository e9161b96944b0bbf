<?php

declare(strict_types=1);

namespace Magento\Framework\DB\Adapter\Pdo;

/**
 * Test double of Magento's adapter: the methods the module calls, real signatures. The
 * real getConnection() connects lazily and returns its \PDO; fetchCol() here answers
 * with the test's closure (given the SQL and the bound values), as the real one answers
 * with the first column of the rows.
 */
class Mysql
{
    /** @var list<array{string, array}> Double only: each fetchCol() call's SQL and bound values. */
    public array $fetchColCalls = [];

    public function __construct(
        private readonly mixed $pdo,
        private readonly int $transactionLevel = 0,
        private readonly ?\Closure $answerFetchCol = null,
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

    public function fetchCol($sql, $bind = [])
    {
        $this->fetchColCalls[] = [$sql, $bind];
        if ($this->answerFetchCol === null) {
            throw new \LogicException('Mysql double: no answer for fetchCol() given');
        }
        return ($this->answerFetchCol)($sql, $bind);
    }
}
