<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\Pdo\Mysql;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\GetSourceItemIds;

final class GetSourceItemIdsTest extends TestCase
{
    public function testReadsTheNonDefaultSourceItemsOfTheProductsBySkuWithBoundIds(): void
    {
        // inventory_source_item rows: [source_item_id, source_code, sku]; products: entity_id => sku
        $items = [[1, 'default', 'A'], [2, 'eu', 'A'], [3, 'us', 'B'], [4, 'eu', 'C']];
        $products = [10 => 'A', 11 => 'B', 12 => 'C'];
        $connection = new Mysql(null, 0, static function (string $sql, array $bind) use ($items, $products): array {
            $default = array_pop($bind);
            $skus = array_map(static fn (int $id): string => $products[$id], $bind);
            $ids = [];
            foreach ($items as [$id, $source, $sku]) {
                if ($source !== $default && in_array($sku, $skus, true)) {
                    $ids[] = (string) $id; // PDO gives strings
                }
            }
            return $ids;
        });

        $ids = (new GetSourceItemIds(new ResourceConnection($connection, 'm2_'), 'default', 2))->execute([10, 11, 10, 12]);

        self::assertSame([2, 3, 4], $ids);
        self::assertCount(2, $connection->fetchColCalls, '2 product ids per query');
        [$sql, $bind] = $connection->fetchColCalls[0];
        self::assertSame([10, 11, 'default'], $bind);
        self::assertStringContainsString('FROM m2_inventory_source_item si JOIN m2_catalog_product_entity e ON e.sku = si.sku', $sql);
        self::assertStringContainsString('WHERE e.entity_id IN (?,?) AND si.source_code <> ?', $sql);
        self::assertSame([12, 'default'], $connection->fetchColCalls[1][1]);
    }

    public function testNoProductsNoQuery(): void
    {
        $connection = new Mysql(null);
        self::assertSame([], (new GetSourceItemIds(new ResourceConnection($connection)))->execute([]));
        self::assertSame([], $connection->fetchColCalls);
    }
}
