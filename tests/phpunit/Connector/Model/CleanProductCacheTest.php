<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\DataObject\IdentityInterface;
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

        (new CleanProductCache($events, $cache, 'cat_p', 2))->execute([1, 2, 3, 3]);

        self::assertSame([['cat_p_1', 'cat_p_2'], ['cat_p_3']], $cache->cleaned);
        $dispatched = $events->dataOf('clean_cache_by_tags');
        self::assertCount(2, $dispatched);
        // The full page cache and Varnish observers take the tags of an IdentityInterface object.
        self::assertInstanceOf(IdentityInterface::class, $dispatched[0]['object']);
        self::assertSame(['cat_p_1', 'cat_p_2'], $dispatched[0]['object']->getIdentities());
        self::assertSame(['cat_p_3'], $dispatched[1]['object']->getIdentities());
    }

    public function testNeverCleansWithAnEmptyTagList(): void
    {
        // CacheInterface::clean([]) cleans every cache frontend: the whole full page cache too.
        $cache = new RecordingCache();
        (new CleanProductCache(new RecordingEventManager(), $cache, 'cat_p', 1))->execute([5, 6]);

        self::assertCount(2, $cache->cleaned);
        foreach ($cache->cleaned as $tags) {
            self::assertNotSame([], $tags);
        }
    }

    public function testNothingToClean(): void
    {
        $events = new RecordingEventManager();
        $cache = new RecordingCache();
        (new CleanProductCache($events, $cache))->execute([]);
        self::assertSame([], $events->events);
        self::assertSame([], $cache->cleaned);
    }
}
