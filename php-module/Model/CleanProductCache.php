<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\Event\ManagerInterface as EventManager;
use Magento\Framework\Indexer\CacheContextFactory;

/**
 * Cleans the caches of changed products the way Magento_InventoryCache's
 * FlushCacheByProductIds does: a CacheContext with the product cache tag (cat_p,
 * Magento\Catalog\Model\Product::CACHE_TAG, set in di.xml) goes out in the
 * clean_cache_by_tags event (full page cache and Varnish listen to it), and the same
 * tags are cleaned from the application cache (blocks, collections).
 */
class CleanProductCache
{
    public function __construct(
        private readonly CacheContextFactory $cacheContextFactory,
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
            $cacheContext = $this->cacheContextFactory->create();
            $cacheContext->registerEntities($this->productCacheTag, $batch);
            $this->eventManager->dispatch('clean_cache_by_tags', ['object' => $cacheContext]);
            $this->appCache->clean($cacheContext->getIdentities());
        }
    }
}
