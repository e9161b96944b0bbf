<?php

declare(strict_types=1);

namespace Magento\Framework\Indexer;

/** Test double of Magento's generated factory. */
class CacheContextFactory
{
    /** @var list<CacheContext> every context created, for assertions */
    public array $created = [];

    public function create(array $data = [])
    {
        return $this->created[] = new CacheContext();
    }
}
