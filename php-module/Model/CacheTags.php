<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\DataObject\IdentityInterface;

/**
 * Some cache tags (`cat_p_<id>`, `cat_c_<id>`, …), as the object of a
 * clean_cache_by_tags event: the full page cache and Varnish observers read an
 * IdentityInterface object's getIdentities(), as for a saved product or category.
 */
final class CacheTags implements IdentityInterface
{
    /** @param list<string> $tags */
    public function __construct(private readonly array $tags)
    {
    }

    /** @return list<string> */
    public function getIdentities()
    {
        return $this->tags;
    }
}
