<?php

declare(strict_types=1);

namespace Magento\Framework\Indexer;

/**
 * Test double of Magento's class. The real one builds indexers through the object
 * manager and throws \InvalidArgumentException for unknown ids; this one is handed them.
 */
class IndexerRegistry
{
    /** @param array<string, IndexerInterface> $indexers */
    public function __construct(private array $indexers = [])
    {
    }

    public function get($indexerId)
    {
        if (!isset($this->indexers[$indexerId])) {
            throw new \InvalidArgumentException("{$indexerId} indexer does not exist.");
        }
        return $this->indexers[$indexerId];
    }
}
