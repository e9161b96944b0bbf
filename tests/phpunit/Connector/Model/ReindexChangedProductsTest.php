<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\Indexer\IndexerRegistry;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\ReindexChangedProducts;
use PimSync\Connector\Test\Double\Fake\ArrayIndexerConfig;
use PimSync\Connector\Test\Double\Fake\FakeIndexer;
use PimSync\Connector\Test\Double\Fake\RecordingLogger;

final class ReindexChangedProductsTest extends TestCase
{
    public function testChunksTheIdsAndSkipsScheduledAndUnregisteredIndexers(): void
    {
        $price = new FakeIndexer(scheduled: false);
        $stock = new FakeIndexer(scheduled: false);
        $search = new FakeIndexer(scheduled: true);
        $reindex = new ReindexChangedProducts(
            new IndexerRegistry(['catalog_product_price' => $price, 'cataloginventory_stock' => $stock, 'catalogsearch_fulltext' => $search]),
            new ArrayIndexerConfig(['catalog_product_price', 'cataloginventory_stock', 'catalogsearch_fulltext']),
            new RecordingLogger(),
            ['cataloginventory_stock', 'catalogrule_product', 'catalog_product_price', 'catalogsearch_fulltext'],
            1000
        );

        $ids = range(1, 2500);
        $ran = $reindex->execute($ids);

        self::assertSame(['cataloginventory_stock', 'catalog_product_price'], $ran, 'catalogrule_product is not registered');
        self::assertSame([range(1, 1000), range(1001, 2000), range(2001, 2500)], $price->reindexCalls);
        self::assertSame($price->reindexCalls, $stock->reindexCalls);
        self::assertSame([], $search->reindexCalls);
    }

    public function testDuplicateIdsAreReindexedOnce(): void
    {
        $price = new FakeIndexer();
        $reindex = new ReindexChangedProducts(
            new IndexerRegistry(['catalog_product_price' => $price]),
            new ArrayIndexerConfig(['catalog_product_price']),
            new RecordingLogger(),
            ['catalog_product_price']
        );
        $reindex->execute([4, 4, 9]);
        self::assertSame([[4, 9]], $price->reindexCalls);
    }

    public function testNoIdsNoWork(): void
    {
        $price = new FakeIndexer();
        $reindex = new ReindexChangedProducts(
            new IndexerRegistry(['catalog_product_price' => $price]),
            new ArrayIndexerConfig(['catalog_product_price']),
            new RecordingLogger(),
            ['catalog_product_price']
        );
        self::assertSame([], $reindex->execute([]));
        self::assertSame([], $price->reindexCalls);
    }

    public function testAFailingIndexerIsInvalidatedLoggedAndTheOthersStillRun(): void
    {
        $broken = new FakeIndexer(failWith: new \RuntimeException('deadlock'));
        $price = new FakeIndexer();
        $logger = new RecordingLogger();
        $reindex = new ReindexChangedProducts(
            new IndexerRegistry(['cataloginventory_stock' => $broken, 'catalog_product_price' => $price]),
            new ArrayIndexerConfig(['cataloginventory_stock', 'catalog_product_price']),
            $logger,
            ['cataloginventory_stock', 'catalog_product_price']
        );

        self::assertSame(['catalog_product_price'], $reindex->execute([1, 2]));
        self::assertTrue($broken->invalidated);
        self::assertSame([[1, 2]], $price->reindexCalls);
        self::assertSame('error', $logger->records[0][0]);
        self::assertStringContainsString('cataloginventory_stock', $logger->records[0][1]);
    }
}
