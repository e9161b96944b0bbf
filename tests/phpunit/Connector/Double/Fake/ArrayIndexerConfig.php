<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\Indexer\ConfigInterface;

final class ArrayIndexerConfig implements ConfigInterface
{
    /** @param list<string> $ids registered indexer ids */
    public function __construct(private readonly array $ids)
    {
    }

    public function getIndexers()
    {
        $indexers = [];
        foreach ($this->ids as $id) {
            $indexers[$id] = $this->getIndexer($id);
        }
        return $indexers;
    }

    public function getIndexer($indexerId)
    {
        return in_array($indexerId, $this->ids, true) ? ['indexer_id' => $indexerId] : [];
    }
}
