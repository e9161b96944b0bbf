<?php

declare(strict_types=1);

namespace Magento\Framework\Indexer;

/** Test double of Magento's class: tag => ids, identities are "<tag>_<id>". */
class CacheContext
{
    /** @var array<string, list<int|string>> */
    private array $entities = [];

    public function registerEntities($cacheTag, $ids)
    {
        $this->entities[$cacheTag] = array_merge($this->entities[$cacheTag] ?? [], $ids);
        return $this;
    }

    public function getIdentities()
    {
        $identities = [];
        foreach ($this->entities as $tag => $ids) {
            foreach ($ids as $id) {
                $identities[] = $tag . '_' . $id;
            }
        }
        return $identities;
    }
}
