<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model\Engine;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\Pdo\Mysql;
use PHPUnit\Framework\TestCase;
use PimSync\Connector\Exception\ExtensionNotLoadedException;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Model\Engine\GetPdoConnection;
use PimSync\Connector\Model\Engine\GetRecentRunsFromEngine;
use PimSync\Connector\Model\Engine\RequireExtension;
use PimSync\Connector\Model\Engine\RunExtensionEngine;
use PimSync\Engine;
use PimSync\LockedException;

/**
 * RunExtensionEngine against the stand-ins of the extension's classes
 * (Double/PimSync/*): without ext-pimsync loaded, they take the real classes' place.
 */
final class RunExtensionEngineTest extends TestCase
{
    private static function pdoConnection(): GetPdoConnection
    {
        // An unconnected \PDO: the engine double never touches it.
        $pdo = (new \ReflectionClass(\PDO::class))->newInstanceWithoutConstructor();
        return new GetPdoConnection(new ResourceConnection(new Mysql($pdo)));
    }

    private static function requireStandIns(): void
    {
        if (extension_loaded('pimsync')) {
            self::markTestSkipped('ext-pimsync is loaded: these tests run against the stand-ins of its classes');
        }
        Engine::$nextFailure = null;
        Engine::$constructed = 0;
        Engine::$lastOptions = null;
    }

    public function testWithoutTheExtensionTheRunFailsNamingItNotAMissingClass(): void
    {
        self::requireStandIns();
        $engine = new RunExtensionEngine(self::pdoConnection(), new RequireExtension('pimsync_absent'));

        $this->expectException(ExtensionNotLoadedException::class);
        $this->expectExceptionMessage('The pimsync_absent PHP extension is not loaded in this PHP');
        try {
            $engine->execute('/etc/pimsync.json', ['mode' => 'delta']);
        } finally {
            self::assertSame(0, Engine::$constructed);
        }
    }

    public function testStatusWithoutTheExtensionFailsTheSameWay(): void
    {
        self::requireStandIns();
        $this->expectException(ExtensionNotLoadedException::class);
        (new GetRecentRunsFromEngine(self::pdoConnection(), new RequireExtension('pimsync_absent')))->execute('/etc/pimsync.json', 5);
    }

    public function testTheEnginesLockBecomesTheModulesLockedException(): void
    {
        self::requireStandIns();
        $locked = new LockedException('another pimsync run (#41) holds the lock pimsync:magento');
        Engine::$nextFailure = $locked;
        $engine = new RunExtensionEngine(self::pdoConnection(), new RequireExtension('json'));

        try {
            $engine->execute('/etc/pimsync.json', ['mode' => 'delta']);
            self::fail('expected SyncLockedException');
        } catch (SyncLockedException $e) {
            self::assertSame('another pimsync run (#41) holds the lock pimsync:magento', $e->getMessage());
            self::assertSame($locked, $e->getPrevious());
        }
    }

    public function testAnEngineWithARunLockGetsTheWait(): void
    {
        self::requireStandIns();
        Engine::$nextFailure = new LockedException('held');
        try {
            (new RunExtensionEngine(self::pdoConnection(), new RequireExtension('json')))->execute('/etc/pimsync.json', ['mode' => 'full', 'lock_wait' => 30]);
        } catch (SyncLockedException) {
        }
        self::assertSame(['mode' => 'full', 'lock_wait' => 30], Engine::$lastOptions);
    }

    public function testOtherEngineErrorsPassUnchanged(): void
    {
        self::requireStandIns();
        $failure = new \PimSync\Exception('source unreadable');
        Engine::$nextFailure = $failure;

        try {
            (new RunExtensionEngine(self::pdoConnection(), new RequireExtension('json')))->execute('/etc/pimsync.json', []);
            self::fail('expected the engine exception');
        } catch (\RuntimeException $e) {
            self::assertSame($failure, $e);
            self::assertNotInstanceOf(SyncLockedException::class, $e);
        }
    }

    public function testRefusesToRunInsideAnOpenMagentoTransaction(): void
    {
        $pdo = (new \ReflectionClass(\PDO::class))->newInstanceWithoutConstructor();
        $this->expectExceptionMessage('pimsync cannot run inside an open Magento transaction.');
        (new GetPdoConnection(new ResourceConnection(new Mysql($pdo, 1))))->execute();
    }

    public function testHandsOverThePdoUnderMagentosAdapter(): void
    {
        $pdo = (new \ReflectionClass(\PDO::class))->newInstanceWithoutConstructor();
        self::assertSame($pdo, (new GetPdoConnection(new ResourceConnection(new Mysql($pdo))))->execute());
    }
}
