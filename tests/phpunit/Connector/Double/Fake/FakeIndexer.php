<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\Indexer\IndexerInterface;

final class FakeIndexer implements IndexerInterface
{
    /** @var list<list<int>> each reindexList() call's ids */
    public array $reindexCalls = [];
    public bool $invalidated = false;

    public function __construct(
        private readonly bool $scheduled = false,
        private readonly ?\Exception $failWith = null,
    ) {
    }

    public function isScheduled()
    {
        return $this->scheduled;
    }

    public function invalidate()
    {
        $this->invalidated = true;
    }

    public function reindexList($ids)
    {
        if ($this->failWith !== null) {
            throw $this->failWith;
        }
        $this->reindexCalls[] = $ids;
    }
}
