<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\App\ResourceConnection;

/**
 * The MSI source item ids (inventory_source_item.source_item_id) of some products, for
 * the `inventory` indexer, whose reindexList() takes source item ids
 * (Magento\InventoryIndexer\Indexer\InventoryIndexer::executeList()).
 *
 * Items of the default source are left out, as Magento's ReindexAfterSourceItemsSavePlugin
 * leaves them out: the default stock is not an MSI index but the inventory_stock_1 view
 * over cataloginventory_stock_status, which the cataloginventory_stock indexer refreshes.
 * Read with Magento's connection, products matched by SKU (source items have no
 * product id) and a bound list of ids, 1,000 at a time.
 */
class GetSourceItemIds
{
    public function __construct(
        private readonly ResourceConnection $resourceConnection,
        private readonly string $defaultSourceCode = 'default',
        private readonly int $batchSize = 1000,
    ) {
    }

    /**
     * @param list<int> $productIds
     * @return list<int>
     */
    public function execute(array $productIds): array
    {
        $connection = $this->resourceConnection->getConnection();
        $items = $this->resourceConnection->getTableName('inventory_source_item');
        $products = $this->resourceConnection->getTableName('catalog_product_entity');
        $ids = [];
        foreach (array_chunk(array_values(array_unique(array_map('intval', $productIds))), max(1, $this->batchSize)) as $batch) {
            $sql = sprintf(
                'SELECT DISTINCT si.source_item_id FROM %s si JOIN %s e ON e.sku = si.sku'
                . ' WHERE e.entity_id IN (%s) AND si.source_code <> ? ORDER BY si.source_item_id',
                $items,
                $products,
                implode(',', array_fill(0, count($batch), '?'))
            );
            foreach ($connection->fetchCol($sql, [...$batch, $this->defaultSourceCode]) as $id) {
                $ids[] = (int) $id;
            }
        }
        return $ids;
    }
}
