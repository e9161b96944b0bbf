<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model\Engine;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\Pdo\Mysql;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\CleanCacheTags;
use PimSync\Connector\Model\Engine\GetPdoConnection;
use PimSync\Connector\Model\Engine\RequireExtension;
use PimSync\Connector\Model\Engine\WorkImagesWithWorker;
use PimSync\Connector\Test\Double\Fake\RecordingCache;
use PimSync\Connector\Test\Double\Fake\RecordingEventManager;
use PimSync\ImageWorker;

/** WorkImagesWithWorker against the stand-in of the extension's ImageWorker (Double/PimSync). */
final class WorkImagesWithWorkerTest extends TestCase
{
    /** @return array{WorkImagesWithWorker, RecordingCache} */
    private static function adapter(): array
    {
        if (extension_loaded('pimsync')) {
            self::markTestSkipped('ext-pimsync is loaded: these tests run against the stand-ins of its classes');
        }
        $pdo = (new \ReflectionClass(\PDO::class))->newInstanceWithoutConstructor();
        $cache = new RecordingCache();
        $adapter = new WorkImagesWithWorker(
            new GetPdoConnection(new ResourceConnection(new Mysql($pdo))),
            new RequireExtension('pdo'),
            new CleanCacheTags(new RecordingEventManager(), $cache, ['cat_p'], 1000),
        );
        return [$adapter, $cache];
    }

    public function testThePageCachesOfTheProductsWhoseGalleryChangedAreCleaned(): void
    {
        [$adapter, $cache] = self::adapter();
        ImageWorker::$nextResult = ['jobs' => 3, 'applied' => 3, 'changed_products' => [12, 40]];

        $result = $adapter->execute('/etc/pimsync.json', ['once' => true]);

        self::assertSame(['once' => true], ImageWorker::$lastOptions);
        self::assertSame(3, $result['applied']);
        self::assertSame([['cat_p_12', 'cat_p_40']], $cache->cleaned);
    }

    public function testARunThatWroteNothingCleansNothing(): void
    {
        [$adapter, $cache] = self::adapter();
        ImageWorker::$nextResult = ['jobs' => 1, 'applied' => 1, 'changed_products' => []];

        $adapter->execute('/etc/pimsync.json', []);

        self::assertSame([], $cache->cleaned);
    }
}
