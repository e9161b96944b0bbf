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
        return array_fill_keys($this->ids, ['indexer_id' => 'x']);
    }
}
