<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use PimSync\Connector\Api\Data\SyncResult;

/**
 * What Magento's own saves trigger after the rows they write, for what a run wrote
 * through SQL: reindex and cache clean, so the storefront shows it without an admin save.
 *
 * In dependency order (Magento's etc/indexer.xml): the categories the tree phase changed
 * (catalog_category_product takes category ids), then the changed products' MSI source
 * items (`inventory`, which catalog_product_price depends on), then the product-keyed
 * indexers, then the caches. Each ReindexList is a di.xml virtual type naming its
 * indexers; each skips those in "Update by Schedule" mode, as Magento's saves do.
 */
class MakeChangesVisible
{
    /** Category changes that change the menu: Magento cleans the bare `cat_c` tag for these. */
    private const MENU_CHANGES = ['created', 'moved', 'disabled', 'restored'];

    public function __construct(
        private readonly ReindexList $reindexChangedCategories,
        private readonly ReindexList $reindexChangedSourceItems,
        private readonly ReindexList $reindexChangedProducts,
        private readonly GetSourceItemIds $getSourceItemIds,
        private readonly CleanCacheTags $cleanProductCache,
        private readonly CleanCacheTags $cleanCategoryCache,
        private readonly string $categoryCacheTag = 'cat_c',
    ) {
    }

    public function execute(SyncResult $result): void
    {
        $productIds = $result->changedProductIds();
        $categoryIds = $result->changedCategoryIds();
        if ($categoryIds !== []) {
            $this->reindexChangedCategories->execute($categoryIds);
        }
        if ($productIds !== []) {
            $this->reindexChangedSourceItems->execute(fn (): array => $this->getSourceItemIds->execute($productIds));
            $this->reindexChangedProducts->execute($productIds);
            $this->cleanProductCache->execute($productIds);
        }
        if ($categoryIds !== []) {
            $menuChanged = false;
            foreach (self::MENU_CHANGES as $change) {
                $menuChanged = $menuChanged || (int) ($result->categories[$change] ?? 0) > 0;
            }
            $this->cleanCategoryCache->execute($categoryIds, $menuChanged ? [$this->categoryCacheTag] : []);
        }
    }
}
