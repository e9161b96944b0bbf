<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\Event\ManagerInterface as EventManager;

/**
 * Cleans the caches of changed products: their tags (`cat_p_<id>`,
 * Magento\Catalog\Model\Product::CACHE_TAG set in di.xml) go out in the
 * clean_cache_by_tags event (full page cache and Varnish listen to it) and are cleaned
 * from the application cache (blocks, collections).
 *
 * The tags are built here, not read back from a Magento CacheContext: Magento_Indexer's
 * DeferCacheCleaning plugin diverts CacheContext::registerEntities() into a deferred
 * context while an indexer runs, and an indexer that throws leaves that deferral open
 * for the rest of the process. The context then reports no identities, and
 * CacheInterface::clean([]) cleans every cache there is (seen in Magento 2.4.7 after a
 * failing catalogsearch_fulltext: the whole full page cache and config cache gone).
 */
class CleanProductCache
{
    public function __construct(
        private readonly EventManager $eventManager,
        private readonly CacheInterface $appCache,
        private readonly string $productCacheTag = 'cat_p',
        private readonly int $batchSize = 1000,
    ) {
    }

    /**
     * @param list<int> $productIds
     */
    public function execute(array $productIds): void
    {
        // Batches keep each Varnish BAN header and each cache clean call bounded.
        foreach (array_chunk(array_values(array_unique($productIds)), max(1, $this->batchSize)) as $batch) {
            $tags = array_map(fn (int|string $id): string => $this->productCacheTag . '_' . $id, $batch);
            $this->eventManager->dispatch('clean_cache_by_tags', ['object' => new ProductCacheTags($tags)]);
            // Never empty here: an empty list would clean every cache frontend.
            $this->appCache->clean($tags);
        }
    }
}
