<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\Indexer\ConfigInterface as IndexerConfig;
use Magento\Framework\Indexer\IndexerInterface;
use Magento\Framework\Indexer\IndexerRegistry;
use Psr\Log\LoggerInterface;

/**
 * Reindexes a list of ids in the indexers di.xml names (all keyed by the same kind of id:
 * products, categories or MSI source items), those that run "Update on Save".
 *
 * As Magento's own saves do (Product::reindex(), Category::reindex(),
 * AbstractProcessor::reindexRow()): an indexer in "Update by Schedule" mode is left
 * alone; its mview triggers already saw every row the engine wrote, and the
 * indexer_update_all_views cron applies them. Ids not registered in this installation
 * (module disabled, no MSI, other edition) are skipped.
 */
class ReindexList
{
    /**
     * @param list<string> $indexerIds in dependency order
     * @param int $batchSize ids per reindexList() call
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
     * @param list<int>|\Closure(): list<int> $ids the ids, or what reads them: called only
     *        when an indexer is to run, since reading them may cost a query
     * @return list<string> ids of the indexers that were run
     */
    public function execute(array|\Closure $ids): array
    {
        if ($ids === []) {
            return [];
        }
        $indexers = $this->indexersOnSave();
        if ($indexers === []) {
            return [];
        }
        if ($ids instanceof \Closure) {
            try {
                $ids = $ids();
            } catch (\Exception $e) {
                foreach ($indexers as $indexerId => $indexer) {
                    $this->failed($indexerId, $indexer, $e);
                }
                return [];
            }
        }
        $batches = array_chunk(array_values(array_unique($ids)), max(1, $this->batchSize));
        if ($batches === []) {
            return [];
        }
        $reindexed = [];
        foreach ($indexers as $indexerId => $indexer) {
            try {
                foreach ($batches as $batch) {
                    $indexer->reindexList($batch);
                }
                $reindexed[] = $indexerId;
            } catch (\Exception $e) {
                $this->failed($indexerId, $indexer, $e);
            }
        }
        return $reindexed;
    }

    /** @return array<string, IndexerInterface> the registered indexers that run "Update on Save" */
    private function indexersOnSave(): array
    {
        $registered = $this->indexerConfig->getIndexers();
        $indexers = [];
        foreach ($this->indexerIds as $indexerId) {
            if (!isset($registered[$indexerId])) {
                continue;
            }
            $indexer = $this->indexerRegistry->get($indexerId);
            if (!$indexer->isScheduled()) {
                $indexers[$indexerId] = $indexer;
            }
        }
        return $indexers;
    }

    /**
     * The data is already committed; one broken indexer must not stop the others.
     * Invalidating it lets Magento's indexer_reindex_all_invalid cron rebuild it.
     */
    private function failed(string $indexerId, IndexerInterface $indexer, \Exception $e): void
    {
        $this->logger->error(
            sprintf('pimsync: reindex of %s failed, indexer invalidated: %s', $indexerId, $e->getMessage()),
            ['exception' => $e]
        );
        $indexer->invalidate();
    }
}
