<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\Event\ManagerInterface as EventManager;

/**
 * Cleans the caches of changed entities: their tags (`<prefix>_<id>` for each prefix
 * di.xml gives, Magento's own constants: `cat_p` for products, `cat_c` and `cat_c_p` for
 * categories) go out in the clean_cache_by_tags event (full page cache and Varnish listen
 * to it) and are cleaned from the application cache (blocks, collections).
 *
 * The tags are built here, not read back from a Magento CacheContext: Magento_Indexer's
 * DeferCacheCleaning plugin diverts CacheContext::registerEntities() into a deferred
 * context while an indexer runs, and an indexer that throws leaves that deferral open
 * for the rest of the process. The context then reports no identities, and
 * CacheInterface::clean([]) cleans every cache there is (seen in Magento 2.4.7 after a
 * failing catalogsearch_fulltext: the whole full page cache and config cache gone).
 */
class CleanCacheTags
{
    /**
     * @param list<string> $tagPrefixes each id gets one tag per prefix
     * @param int $batchSize tags per event and clean call
     */
    public function __construct(
        private readonly EventManager $eventManager,
        private readonly CacheInterface $appCache,
        private readonly array $tagPrefixes = ['cat_p'],
        private readonly int $batchSize = 1000,
    ) {
    }

    /**
     * @param list<int> $ids
     * @param list<string> $alsoTags whole tags cleaned with the first batch (a category
     *        created or moved changes the menu: Magento cleans the bare `cat_c` then)
     */
    public function execute(array $ids, array $alsoTags = []): void
    {
        // Batches keep each Varnish BAN header and each cache clean call bounded.
        $batches = array_chunk(array_values(array_unique($ids)), max(1, intdiv($this->batchSize, max(1, count($this->tagPrefixes)))));
        if ($batches === [] && $alsoTags !== []) {
            $batches = [[]];
        }
        foreach ($batches as $batch) {
            $tags = $alsoTags;
            $alsoTags = [];
            foreach ($batch as $id) {
                foreach ($this->tagPrefixes as $prefix) {
                    $tags[] = $prefix . '_' . $id;
                }
            }
            if ($tags === []) {
                continue; // an empty list would clean every cache frontend
            }
            $this->eventManager->dispatch('clean_cache_by_tags', ['object' => new CacheTags($tags)]);
            $this->appCache->clean($tags);
        }
    }
}
