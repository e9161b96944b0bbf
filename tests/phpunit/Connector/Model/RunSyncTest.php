<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model;

use Magento\Framework\Lock\LockManagerInterface;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Exception\ConfigPathMissingException;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Model\ModuleConfig;
use PimSync\Connector\Model\RunSync;
use PimSync\Connector\Test\Double\Fake\ArrayRecentRuns;
use PimSync\Connector\Test\Double\Fake\ArrayScopeConfig;
use PimSync\Connector\Test\Double\Fake\FakeIndexer;
use PimSync\Connector\Test\Double\Fake\InMemoryLockManager;
use PimSync\Connector\Test\Double\Fake\RecordingCache;
use PimSync\Connector\Test\Double\Fake\RecordingEventManager;
use PimSync\Connector\Test\Double\Fake\Results;
use PimSync\Connector\Test\Double\Fake\StubEngine;
use PimSync\Connector\Test\Double\Fake\Visibility;

final class RunSyncTest extends TestCase
{
    private InMemoryLockManager $lock;
    private RecordingEventManager $events;
    private RecordingCache $cache;
    private FakeIndexer $onSave;
    private FakeIndexer $bySchedule;

    protected function setUp(): void
    {
        $this->lock = new InMemoryLockManager();
        $this->events = new RecordingEventManager();
        $this->cache = new RecordingCache();
        $this->onSave = new FakeIndexer(scheduled: false);
        $this->bySchedule = new FakeIndexer(scheduled: true);
    }

    private function runSync(
        StubEngine $engine,
        array $scope = [ModuleConfig::XML_PATH_CONFIG_PATH => '/etc/pimsync.json'],
        ?ArrayRecentRuns $recentRuns = null
    ): RunSync {
        $visible = Visibility::make(
            $this->events,
            $this->cache,
            ['catalog_product_price' => $this->onSave, 'catalogsearch_fulltext' => $this->bySchedule],
            productIndexers: ['catalog_product_price', 'catalogsearch_fulltext'],
            batchSize: 2,
        );

        return new RunSync(
            $engine,
            new ModuleConfig(new ArrayScopeConfig($scope)),
            $this->lock,
            $visible,
            $this->events,
            $recentRuns ?? new ArrayRecentRuns()
        );
    }

    public function testReindexesOnlyUpdateOnSaveIndexersWithTheChangedIdsInChunks(): void
    {
        $this->runSync(new StubEngine(Results::make([11, 12, 13])))->execute(SyncMode::Delta);

        self::assertSame([[11, 12], [13]], $this->onSave->reindexCalls);
        self::assertSame([], $this->bySchedule->reindexCalls);
    }

    public function testCleansTheProductCacheTagOfEveryChangedId(): void
    {
        $this->runSync(new StubEngine(Results::make([11, 12])))->execute(SyncMode::Delta);

        self::assertSame([['cat_p_11', 'cat_p_12']], $this->cache->cleaned);
        $dispatched = $this->events->dataOf('clean_cache_by_tags');
        self::assertCount(1, $dispatched);
        self::assertSame(['cat_p_11', 'cat_p_12'], $dispatched[0]['object']->getIdentities());
    }

    public function testARunThatChangedOnlyCategoriesCleansTheirCaches(): void
    {
        $result = new SyncResult(runId: 8, status: RunStatus::Success, mode: SyncMode::Full, categories: ['created' => 1, 'changed_ids' => [1, 2, 7]]);
        $this->runSync(new StubEngine($result))->execute(SyncMode::Full);

        self::assertSame([['cat_c', 'cat_c_1', 'cat_c_p_1', 'cat_c_2', 'cat_c_p_2', 'cat_c_7', 'cat_c_p_7']], $this->cache->cleaned);
        self::assertSame([], $this->onSave->reindexCalls, 'no product changed');
    }

    public function testDispatchesTheAfterEventWithTheReportLast(): void
    {
        $result = Results::make([5], RunStatus::Partial);
        $returned = $this->runSync(new StubEngine($result))->execute(SyncMode::Full);

        self::assertSame($result, $returned);
        self::assertSame([['report' => $result]], $this->events->dataOf(RunSync::EVENT_AFTER));
        self::assertSame(RunSync::EVENT_AFTER, end($this->events->events)[0]);
    }

    public function testPassesModeAndConfiguredFileToTheEngine(): void
    {
        $engine = new StubEngine(Results::make());
        $this->runSync($engine)->execute(SyncMode::Full);

        self::assertSame([['/etc/pimsync.json', ['mode' => 'full']]], $engine->calls);
    }

    public function testAnExplicitConfigFileWinsOverSystemConfig(): void
    {
        $engine = new StubEngine(Results::make());
        $this->runSync($engine)->execute(SyncMode::Delta, '/tmp/other.json');

        self::assertSame('/tmp/other.json', $engine->calls[0][0]);
    }

    public function testWithoutAConfigFileNothingRuns(): void
    {
        $engine = new StubEngine(Results::make());
        try {
            $this->runSync($engine, [])->execute(SyncMode::Delta);
            self::fail('expected ConfigPathMissingException');
        } catch (ConfigPathMissingException $e) {
            self::assertStringContainsString(ModuleConfig::XML_PATH_CONFIG_PATH, $e->getMessage());
        }
        self::assertSame([], $engine->calls);
        self::assertSame([], $this->lock->lockCalls);
    }

    public function testARunWithNoChangesStillReportsButTouchesNoIndexerOrCache(): void
    {
        $this->runSync(new StubEngine(Results::make([])))->execute(SyncMode::Delta);

        self::assertSame([], $this->onSave->reindexCalls);
        self::assertSame([], $this->cache->cleaned);
        self::assertCount(1, $this->events->dataOf(RunSync::EVENT_AFTER));
    }

    public function testRefusesToRunWhileTheLockIsHeldAndDoesNotReleaseIt(): void
    {
        $this->lock->held[RunSync::LOCK_NAME] = true;
        $engine = new StubEngine(Results::make([1]));

        $this->expectException(SyncLockedException::class);
        try {
            $this->runSync($engine)->execute(SyncMode::Delta);
        } finally {
            self::assertSame([], $engine->calls);
            self::assertArrayHasKey(RunSync::LOCK_NAME, $this->lock->held, 'the other run keeps its lock');
            self::assertSame([], $this->lock->unlockCalls);
        }
    }

    public function testARefusalNamesTheRunningRunLikeTheEngineDoes(): void
    {
        $this->lock->held[RunSync::LOCK_NAME] = true;
        $runs = new ArrayRecentRuns([
            ['run_id' => 31, 'status' => 'running', 'mode' => 'full', 'started_at' => '2026-12-01 14:56:27'],
            ['run_id' => 30, 'status' => 'success', 'mode' => 'full', 'started_at' => '2026-12-01 14:56:24'],
        ]);

        try {
            $this->runSync(new StubEngine(Results::make([1])), recentRuns: $runs)->execute(SyncMode::Full);
            self::fail('no SyncLockedException');
        } catch (SyncLockedException $e) {
            self::assertSame(
                'Another pimsync run holds the lock "pimsync_sync": run #31 (full, started 2026-12-01 14:56:27 UTC).',
                $e->getMessage()
            );
        }
        self::assertSame([['/etc/pimsync.json', 1]], $runs->calls);
    }

    public function testARefusalNamesNoRunWhenTheNewestIsNotRunningOrCannotBeRead(): void
    {
        $this->lock->held[RunSync::LOCK_NAME] = true;
        $finished = new ArrayRecentRuns([['run_id' => 30, 'status' => 'aborted', 'mode' => 'full', 'started_at' => '2026-12-01 14:56:24']]);
        $unreadable = new ArrayRecentRuns([], new \RuntimeException('pimsync_run is missing'));

        foreach ([$finished, $unreadable] as $runs) {
            try {
                $this->runSync(new StubEngine(Results::make([1])), recentRuns: $runs)->execute(SyncMode::Full, null, 5);
                self::fail('no SyncLockedException');
            } catch (SyncLockedException $e) {
                self::assertSame('Another pimsync run holds the lock "pimsync_sync" (waited 5 s).', $e->getMessage());
            }
        }
    }

    public function testTakesTheLockWithoutWaitingAndReleasesIt(): void
    {
        $engine = new StubEngine(Results::make([1]));
        $this->runSync($engine)->execute(SyncMode::Delta);

        self::assertSame([[RunSync::LOCK_NAME, 0]], $this->lock->lockCalls);
        self::assertSame([RunSync::LOCK_NAME], $this->lock->unlockCalls);
        self::assertFalse($this->lock->isLocked(RunSync::LOCK_NAME));
        self::assertSame(['mode' => 'delta'], $engine->calls[0][1], 'no lock_wait: the engine default 0');
    }

    public function testAWaitGoesToTheMagentoLockAndToTheEngine(): void
    {
        $engine = new StubEngine(Results::make([1]));
        $this->runSync($engine)->execute(SyncMode::Full, null, 30);

        self::assertSame([[RunSync::LOCK_NAME, 30]], $this->lock->lockCalls);
        self::assertSame(['mode' => 'full', 'lock_wait' => 30], $engine->calls[0][1]);
    }

    public function testTheLockIsHeldWhileTheEngineRuns(): void
    {
        $lock = $this->lock;
        $seen = null;
        $engine = new StubEngine(Results::make([1]), onExecute: static function () use ($lock, &$seen): void {
            $seen = $lock->isLocked(RunSync::LOCK_NAME);
        });
        $this->runSync($engine)->execute(SyncMode::Delta);

        self::assertTrue($seen);
    }

    public function testRunsAgainstMagentosOwnLockInterface(): void
    {
        $declared = array_map(
            static fn (\ReflectionMethod $m): string => $m->getName(),
            (new \ReflectionClass(LockManagerInterface::class))->getMethods()
        );
        sort($declared);
        self::assertSame(['isLocked', 'lock', 'unlock'], $declared, 'Magento\\Framework\\Lock\\LockManagerInterface (2.4.7)');
        $constructor = (new \ReflectionClass(RunSync::class))->getConstructor();
        $lockParam = array_values(array_filter($constructor->getParameters(), static fn (\ReflectionParameter $p): bool => $p->getName() === 'lockManager'))[0];
        self::assertSame(LockManagerInterface::class, (string) $lockParam->getType());
    }

    public function testReleasesTheLockWhenTheEngineThrows(): void
    {
        $sync = $this->runSync(new StubEngine(null, new \RuntimeException('source unreadable')));
        try {
            $sync->execute(SyncMode::Delta);
            self::fail('expected the engine exception');
        } catch (\RuntimeException $e) {
            self::assertSame('source unreadable', $e->getMessage());
        }
        self::assertSame([], $this->lock->held);
        self::assertSame([RunSync::LOCK_NAME], $this->lock->unlockCalls);
        self::assertSame([], $this->events->dataOf(RunSync::EVENT_AFTER));
    }

    public function testResultKeepsTheReportShape(): void
    {
        $result = Results::make([3, 4]);
        self::assertSame([3, 4], $result->changedProductIds());
        // bin/magento pimsync:sync --json prints toArray(): the whole report, as bin/pimsync --json does
        $stub = (string) file_get_contents(dirname(__DIR__, 4) . '/ext/pimsync.stub.php');
        preg_match('/final class Report\b.*?private function __construct/s', $stub, $class);
        preg_match_all('/public readonly \??\w+ \$(\w+);/', $class[0], $m);
        $props = array_map(static fn (\ReflectionProperty $p): string => $p->getName(), (new \ReflectionClass(SyncResult::class))->getProperties());
        self::assertSame($m[1], $props, 'same properties, in the same order, as PimSync\\Report in ext/pimsync.stub.php');
        self::assertSame($m[1], array_keys($result->toArray()));
        self::assertSame('success', $result->toArray()['status']);
    }
}
