<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Cron;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\Pdo\Mysql;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\RunEngineInterface;
use PimSync\Connector\Cron\RunDeltaSync;
use PimSync\Connector\Exception\ExtensionNotLoadedException;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Model\Engine\GetPdoConnection;
use PimSync\Connector\Model\Engine\RequireExtension;
use PimSync\Connector\Model\Engine\RunExtensionEngine;
use PimSync\Connector\Model\ModuleConfig;
use PimSync\Connector\Model\RunSync;
use PimSync\Connector\Test\Double\Fake\ArrayRecentRuns;
use PimSync\Connector\Test\Double\Fake\ArrayScopeConfig;
use PimSync\Connector\Test\Double\Fake\InMemoryLockManager;
use PimSync\Connector\Test\Double\Fake\RecordingCache;
use PimSync\Connector\Test\Double\Fake\RecordingEventManager;
use PimSync\Connector\Test\Double\Fake\RecordingLogger;
use PimSync\Connector\Test\Double\Fake\Results;
use PimSync\Connector\Test\Double\Fake\StubEngine;
use PimSync\Connector\Test\Double\Fake\StubRunSync;
use PimSync\Connector\Test\Double\Fake\Visibility;

final class RunDeltaSyncTest extends TestCase
{
    private const ENABLED = [ModuleConfig::XML_PATH_ENABLED => '1', ModuleConfig::XML_PATH_CONFIG_PATH => '/etc/pimsync.json'];

    public function testDoesNothingWhenDisabled(): void
    {
        $runSync = new StubRunSync();
        $cron = new RunDeltaSync($runSync, new ModuleConfig(new ArrayScopeConfig([ModuleConfig::XML_PATH_ENABLED => '0'])), new RecordingLogger());
        $cron->execute();
        self::assertSame([], $runSync->calls);
    }

    public function testRunsADeltaSyncWhenEnabled(): void
    {
        $runSync = new StubRunSync();
        $logger = new RecordingLogger();
        (new RunDeltaSync($runSync, new ModuleConfig(new ArrayScopeConfig(self::ENABLED)), $logger))->execute();
        self::assertSame([[SyncMode::Delta, null, 0]], $runSync->calls);
        self::assertStringContainsString('delta run #7 success', $logger->records[0][1]);
    }

    public function testSkipsQuietlyWhileAnotherRunHoldsTheLock(): void
    {
        $lock = new InMemoryLockManager();
        $lock->held[RunSync::LOCK_NAME] = true;
        $engine = new StubEngine(Results::make([1]));
        $moduleConfig = new ModuleConfig(new ArrayScopeConfig(self::ENABLED));
        $events = new RecordingEventManager();
        $runSync = self::runSync($engine, $moduleConfig, $lock, $events);
        $logger = new RecordingLogger();

        (new RunDeltaSync($runSync, $moduleConfig, $logger))->execute();

        self::assertSame([], $engine->calls);
        self::assertCount(1, $logger->records);
        self::assertSame('info', $logger->records[0][0]);
        self::assertStringStartsWith('pimsync: delta sync skipped, another run holds the lock: ', $logger->records[0][1]);
    }

    public function testSkipsQuietlyWhileTheEngineReportsItsOwnLock(): void
    {
        $runSync = new StubRunSync(null, new SyncLockedException('Another pimsync run (#12) holds the lock.'));
        $logger = new RecordingLogger();

        (new RunDeltaSync($runSync, new ModuleConfig(new ArrayScopeConfig(self::ENABLED)), $logger))->execute();

        self::assertSame([['info', 'pimsync: delta sync skipped, another run holds the lock: Another pimsync run (#12) holds the lock.']], $logger->records);
    }

    public function testOtherFailuresReachMagentosCronRunner(): void
    {
        $runSync = new StubRunSync(null, new \RuntimeException('Akeneo API: HTTP 503'));
        $this->expectExceptionMessage('Akeneo API: HTTP 503');
        (new RunDeltaSync($runSync, new ModuleConfig(new ArrayScopeConfig(self::ENABLED)), new RecordingLogger()))->execute();
    }

    public function testWithoutTheExtensionTheCronRowGetsAMessageNamingIt(): void
    {
        $pdo = (new \ReflectionClass(\PDO::class))->newInstanceWithoutConstructor();
        $engine = new RunExtensionEngine(
            new GetPdoConnection(new ResourceConnection(new Mysql($pdo))),
            new RequireExtension('pimsync_absent')
        );
        $moduleConfig = new ModuleConfig(new ArrayScopeConfig(self::ENABLED));
        $events = new RecordingEventManager();
        $lock = new InMemoryLockManager();
        $runSync = self::runSync($engine, $moduleConfig, $lock, $events);

        try {
            (new RunDeltaSync($runSync, $moduleConfig, new RecordingLogger()))->execute();
            self::fail('expected ExtensionNotLoadedException');
        } catch (ExtensionNotLoadedException $e) {
            self::assertStringContainsString('The pimsync_absent PHP extension is not loaded in this PHP (' . PHP_SAPI . ' SAPI', $e->getMessage());
        }
        self::assertFalse($lock->isLocked(RunSync::LOCK_NAME), 'the lock is released');
    }

    /** The real RunSync over the given engine and lock, with no indexers configured. */
    private static function runSync(RunEngineInterface $engine, ModuleConfig $moduleConfig, InMemoryLockManager $lock, RecordingEventManager $events): RunSync
    {
        return new RunSync(
            $engine,
            $moduleConfig,
            $lock,
            Visibility::make($events, new RecordingCache()),
            $events,
            new ArrayRecentRuns()
        );
    }
}
