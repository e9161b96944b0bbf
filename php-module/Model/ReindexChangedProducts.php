<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\Indexer\ConfigInterface as IndexerConfig;
use Magento\Framework\Indexer\IndexerRegistry;
use Psr\Log\LoggerInterface;

/**
 * Reindexes changed products in the product-keyed indexers that run "Update on Save".
 *
 * Indexers in "Update by Schedule" mode need nothing: their mview triggers already saw
 * every row the engine wrote. Indexer ids come from di.xml (the ones Magento declares in
 * its etc/indexer.xml files whose executeList() takes product ids); ids not registered
 * in this installation (module disabled, other edition) are skipped.
 */
class ReindexChangedProducts
{
    /**
     * @param list<string> $indexerIds in dependency order
     * @param int $batchSize product ids per reindexList() call
     */
    public function __construct(
        private readonly IndexerRegistry $indexerRegistry,
        private readonly IndexerConfig $indexerConfig,
        private readonly LoggerInterface $logger,
        private readonly array $indexerIds = [],
        private readonly int $batchSize = 1000,
    ) {
    }

    /**
     * @param list<int> $productIds
     * @return list<string> ids of the indexers that were run
     */
    public function execute(array $productIds): array
    {
        if ($productIds === []) {
            return [];
        }
        $registered = $this->indexerConfig->getIndexers();
        $batches = array_chunk(array_values(array_unique($productIds)), max(1, $this->batchSize));
        $reindexed = [];
        foreach ($this->indexerIds as $indexerId) {
            if (!isset($registered[$indexerId])) {
                continue;
            }
            $indexer = $this->indexerRegistry->get($indexerId);
            if ($indexer->isScheduled()) {
                continue;
            }
            try {
                foreach ($batches as $batch) {
                    $indexer->reindexList($batch);
                }
                $reindexed[] = $indexerId;
            } catch (\Exception $e) {
                // The data is already committed; one broken indexer must not stop the others.
                // Invalidating it lets Magento's indexer_reindex_all_invalid cron rebuild it.
                $this->logger->error(
                    sprintf('pimsync: reindex of %s failed, indexer invalidated: %s', $indexerId, $e->getMessage()),
                    ['exception' => $e]
                );
                $indexer->invalidate();
            }
        }
        return $reindexed;
    }
}
