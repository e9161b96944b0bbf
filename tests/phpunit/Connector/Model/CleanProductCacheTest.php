<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\Indexer\CacheContext;
use Magento\Framework\Indexer\CacheContextFactory;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\CleanProductCache;
use PimSync\Connector\Test\Double\Fake\RecordingCache;
use PimSync\Connector\Test\Double\Fake\RecordingEventManager;

final class CleanProductCacheTest extends TestCase
{
    public function testEveryIdIsCleanedThroughTheEventAndTheAppCacheInBatches(): void
    {
        $events = new RecordingEventManager();
        $cache = new RecordingCache();
        $factory = new CacheContextFactory();

        (new CleanProductCache($factory, $events, $cache, 'cat_p', 2))->execute([1, 2, 3, 3]);

        self::assertSame([['cat_p_1', 'cat_p_2'], ['cat_p_3']], $cache->cleaned);
        $dispatched = $events->dataOf('clean_cache_by_tags');
        self::assertCount(2, $dispatched);
        self::assertInstanceOf(CacheContext::class, $dispatched[0]['object']);
        self::assertSame(['cat_p_1', 'cat_p_2'], $dispatched[0]['object']->getIdentities());
        self::assertSame(['cat_p_3'], $dispatched[1]['object']->getIdentities());
        self::assertCount(2, $factory->created, 'a fresh context per batch, so tags never pile up');
    }

    public function testNothingToClean(): void
    {
        $events = new RecordingEventManager();
        $cache = new RecordingCache();
        (new CleanProductCache(new CacheContextFactory(), $events, $cache))->execute([]);
        self::assertSame([], $events->events);
        self::assertSame([], $cache->cleaned);
    }
}
