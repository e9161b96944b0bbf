<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\DataObject\IdentityInterface;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\CleanCacheTags;
use PimSync\Connector\Test\Double\Fake\RecordingCache;
use PimSync\Connector\Test\Double\Fake\RecordingEventManager;

final class CleanCacheTagsTest extends TestCase
{
    public function testEveryIdIsCleanedThroughTheEventAndTheAppCacheInBatches(): void
    {
        $events = new RecordingEventManager();
        $cache = new RecordingCache();

        (new CleanCacheTags($events, $cache, ['cat_p'], 2))->execute([1, 2, 3, 3]);

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
        (new CleanCacheTags(new RecordingEventManager(), $cache, ['cat_p'], 1))->execute([5, 6]);

        self::assertCount(2, $cache->cleaned);
        foreach ($cache->cleaned as $tags) {
            self::assertNotSame([], $tags);
        }
    }

    public function testNothingToClean(): void
    {
        $events = new RecordingEventManager();
        $cache = new RecordingCache();
        (new CleanCacheTags($events, $cache))->execute([]);
        self::assertSame([], $events->events);
        self::assertSame([], $cache->cleaned);
    }

    public function testEachIdGetsATagPerPrefixAndTheBatchCountsTags(): void
    {
        $events = new RecordingEventManager();
        $cache = new RecordingCache();
        (new CleanCacheTags($events, $cache, ['cat_c', 'cat_c_p'], 4))->execute([7, 8, 9], ['cat_c']);

        self::assertSame([['cat_c', 'cat_c_7', 'cat_c_p_7', 'cat_c_8', 'cat_c_p_8'], ['cat_c_9', 'cat_c_p_9']], $cache->cleaned);
        self::assertSame($cache->cleaned, array_map(static fn (array $data): array => $data['object']->getIdentities(), $events->dataOf('clean_cache_by_tags')));
    }

    public function testWholeTagsAloneAreCleanedToo(): void
    {
        $cache = new RecordingCache();
        (new CleanCacheTags(new RecordingEventManager(), $cache, ['cat_c']))->execute([], ['cat_c']);
        self::assertSame([['cat_c']], $cache->cleaned);
    }
}
