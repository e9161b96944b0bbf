<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\Pdo\Mysql;
use Magento\Framework\Indexer\IndexerRegistry;
use PimSync\Connector\Model\CleanCacheTags;
use PimSync\Connector\Model\GetSourceItemIds;
use PimSync\Connector\Model\MakeChangesVisible;
use PimSync\Connector\Model\ReindexList;

/** The real MakeChangesVisible over fake indexers, wired as di.xml wires it. */
final class Visibility
{
    /**
     * @param array<string, FakeIndexer> $indexers every registered indexer
     * @param list<string> $productIndexers
     * @param list<string> $categoryIndexers
     * @param list<string> $sourceItemIndexers
     */
    public static function make(
        RecordingEventManager $events,
        RecordingCache $cache,
        array $indexers = [],
        array $productIndexers = [],
        array $categoryIndexers = [],
        array $sourceItemIndexers = [],
        ?Mysql $connection = null,
        int $batchSize = 1000,
        ?RecordingLogger $logger = null,
    ): MakeChangesVisible {
        $registry = new IndexerRegistry($indexers);
        $config = new ArrayIndexerConfig(array_keys($indexers));
        $logger ??= new RecordingLogger();
        return new MakeChangesVisible(
            new ReindexList($registry, $config, $logger, $categoryIndexers, $batchSize),
            new ReindexList($registry, $config, $logger, $sourceItemIndexers, $batchSize),
            new ReindexList($registry, $config, $logger, $productIndexers, $batchSize),
            new GetSourceItemIds(new ResourceConnection($connection ?? new Mysql(null))),
            new CleanCacheTags($events, $cache, ['cat_p'], 1000),
            new CleanCacheTags($events, $cache, ['cat_c', 'cat_c_p'], 1000),
        );
    }
}
