<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\DB\Adapter\Pdo\Mysql;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Test\Double\Fake\FakeIndexer;
use PimSync\Connector\Test\Double\Fake\RecordingCache;
use PimSync\Connector\Test\Double\Fake\RecordingEventManager;
use PimSync\Connector\Test\Double\Fake\Visibility;

final class MakeChangesVisibleTest extends TestCase
{
    private const PRODUCT_INDEXERS = ['catalog_product_category', 'catalog_product_attribute', 'cataloginventory_stock',
        'catalogrule_product', 'catalog_product_price', 'catalogsearch_fulltext'];

    private \ArrayObject $journal;
    private RecordingEventManager $events;
    private RecordingCache $cache;

    protected function setUp(): void
    {
        $this->journal = new \ArrayObject();
        $this->events = new RecordingEventManager();
        $this->cache = new RecordingCache();
    }

    /** @param array<string, mixed> $categories the report's categories */
    private static function result(array $productIds, array $categories = []): SyncResult
    {
        $changed = [];
        foreach ($productIds as $id) {
            $changed[$id] = ['action' => 'created', 'attributes' => []];
        }
        return new SyncResult(runId: 1, status: RunStatus::Success, mode: SyncMode::Full, changedEntities: $changed, categories: $categories);
    }

    /** @param list<string> $scheduled */
    private function indexers(array $scheduled = []): array
    {
        $indexers = [];
        foreach (['catalog_category_product', 'inventory', ...self::PRODUCT_INDEXERS] as $id) {
            $indexers[$id] = new FakeIndexer(in_array($id, $scheduled, true), null, $this->journal, $id);
        }
        return $indexers;
    }

    private function visibility(array $indexers, ?Mysql $connection = null)
    {
        return Visibility::make(
            $this->events,
            $this->cache,
            $indexers,
            self::PRODUCT_INDEXERS,
            ['catalog_category_product'],
            ['inventory'],
            $connection,
        );
    }

    /** source items 71, 72 of products 5 and 6 */
    private static function sourceItems(): Mysql
    {
        return new Mysql(null, 0, static fn (string $sql, array $bind): array => $bind === [5, 6, 'default'] ? ['71', '72'] : []);
    }

    public function testCategoriesThenSourceItemsThenProductsInDependencyOrder(): void
    {
        $this->visibility($this->indexers(), self::sourceItems())
            ->execute(self::result([5, 6], ['created' => 1, 'changed_ids' => [1, 2, 9]]));

        self::assertSame([
            'catalog_category_product 1,2,9',
            'inventory 71,72',
            'catalog_product_category 5,6',
            'catalog_product_attribute 5,6',
            'cataloginventory_stock 5,6',
            'catalogrule_product 5,6',
            'catalog_product_price 5,6',
            'catalogsearch_fulltext 5,6',
        ], $this->journal->getArrayCopy());
    }

    public function testIndexersUpdatedByScheduleAreLeftToTheirMviewAndTheirIdsNotRead(): void
    {
        $connection = self::sourceItems();
        $this->visibility($this->indexers(['inventory', 'catalog_category_product', 'catalogsearch_fulltext']), $connection)
            ->execute(self::result([5, 6], ['changed_ids' => [1, 2, 9]]));

        self::assertSame([], $connection->fetchColCalls, 'no source item query for a scheduled inventory indexer');
        self::assertNotContains('catalog_category_product 1,2,9', $this->journal->getArrayCopy());
        self::assertNotContains('catalogsearch_fulltext 5,6', $this->journal->getArrayCopy());
        self::assertContains('catalog_product_price 5,6', $this->journal->getArrayCopy());
    }

    public function testWithoutMsiNoSourceItemIsRead(): void
    {
        $indexers = $this->indexers();
        unset($indexers['inventory']);
        $connection = self::sourceItems();
        $this->visibility($indexers, $connection)->execute(self::result([5, 6]));
        self::assertSame([], $connection->fetchColCalls);
        self::assertContains('cataloginventory_stock 5,6', $this->journal->getArrayCopy());
    }

    public function testCleansProductTagsAndCategoryTagsWithTheMenuTagWhenTheTreeChangedShape(): void
    {
        $this->visibility($this->indexers(), self::sourceItems())
            ->execute(self::result([5, 6], ['created' => 0, 'moved' => 1, 'renamed' => 0, 'changed_ids' => [2, 9]]));

        self::assertSame([['cat_p_5', 'cat_p_6'], ['cat_c', 'cat_c_2', 'cat_c_p_2', 'cat_c_9', 'cat_c_p_9']], $this->cache->cleaned);
        self::assertSame($this->cache->cleaned, array_map(
            static fn (array $data): array => $data['object']->getIdentities(),
            $this->events->dataOf('clean_cache_by_tags')
        ));
    }

    public function testARenameCleansTheCategoryTagsButNotTheWholeMenu(): void
    {
        $this->visibility($this->indexers())->execute(self::result([], ['renamed' => 1, 'changed_ids' => [1, 2, 9]]));

        self::assertSame([['cat_c_1', 'cat_c_p_1', 'cat_c_2', 'cat_c_p_2', 'cat_c_9', 'cat_c_p_9']], $this->cache->cleaned);
        self::assertSame(['catalog_category_product 1,2,9'], $this->journal->getArrayCopy(), 'no product indexer without changed products');
    }

    public function testNothingChangedNothingDone(): void
    {
        $this->visibility($this->indexers(), self::sourceItems())->execute(self::result([], ['read' => 4, 'unchanged' => 4, 'changed_ids' => []]));
        $this->visibility($this->indexers(), self::sourceItems())->execute(self::result([]));

        self::assertSame([], $this->journal->getArrayCopy());
        self::assertSame([], $this->cache->cleaned);
        self::assertSame([], $this->events->events);
    }
}
