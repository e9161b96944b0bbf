<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\Indexer\IndexerRegistry;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\ReindexList;
use PimSync\Connector\Test\Double\Fake\ArrayIndexerConfig;
use PimSync\Connector\Test\Double\Fake\FakeIndexer;
use PimSync\Connector\Test\Double\Fake\RecordingLogger;

final class ReindexListTest extends TestCase
{
    public function testChunksTheIdsAndSkipsScheduledAndUnregisteredIndexers(): void
    {
        $price = new FakeIndexer(scheduled: false);
        $stock = new FakeIndexer(scheduled: false);
        $search = new FakeIndexer(scheduled: true);
        $reindex = new ReindexList(
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
        $reindex = new ReindexList(
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
        $reindex = new ReindexList(
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
        $reindex = new ReindexList(
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

    public function testIdsFromAClosureAreReadOnlyWhenAnIndexerRuns(): void
    {
        $inventory = new FakeIndexer(scheduled: false);
        $reads = 0;
        $read = function () use (&$reads): array {
            $reads++;
            return [31, 32];
        };
        $onSave = new ReindexList(new IndexerRegistry(['inventory' => $inventory]), new ArrayIndexerConfig(['inventory']), new RecordingLogger(), ['inventory']);
        self::assertSame(['inventory'], $onSave->execute($read));
        self::assertSame([[31, 32]], $inventory->reindexCalls);
        self::assertSame(1, $reads);

        $scheduled = new ReindexList(
            new IndexerRegistry(['inventory' => new FakeIndexer(scheduled: true)]),
            new ArrayIndexerConfig(['inventory']),
            new RecordingLogger(),
            ['inventory']
        );
        $absent = new ReindexList(new IndexerRegistry([]), new ArrayIndexerConfig([]), new RecordingLogger(), ['inventory']);
        self::assertSame([], $scheduled->execute($read), '"Update by Schedule": its mview has the rows');
        self::assertSame([], $absent->execute($read), 'no MSI');
        self::assertSame(1, $reads, 'no query when no indexer is to run');
    }

    public function testAClosureThatFailsInvalidatesTheIndexersItFed(): void
    {
        $inventory = new FakeIndexer();
        $logger = new RecordingLogger();
        $reindex = new ReindexList(new IndexerRegistry(['inventory' => $inventory]), new ArrayIndexerConfig(['inventory']), $logger, ['inventory']);

        self::assertSame([], $reindex->execute(static fn (): array => throw new \RuntimeException('inventory_source_item is missing')));
        self::assertTrue($inventory->invalidated);
        self::assertSame([], $inventory->reindexCalls);
        self::assertStringContainsString('reindex of inventory failed, indexer invalidated: inventory_source_item is missing', $logger->records[0][1]);
    }

    public function testAClosureReturningNoIdsRunsNothing(): void
    {
        $inventory = new FakeIndexer();
        $reindex = new ReindexList(new IndexerRegistry(['inventory' => $inventory]), new ArrayIndexerConfig(['inventory']), new RecordingLogger(), ['inventory']);
        self::assertSame([], $reindex->execute(static fn (): array => []));
        self::assertSame([], $inventory->reindexCalls);
    }
}
