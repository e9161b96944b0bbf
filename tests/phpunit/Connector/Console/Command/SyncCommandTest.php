<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Console\Command;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Console\Command\SyncCommand;
use PimSync\Connector\Exception\ConfigPathMissingException;
use PimSync\Connector\Exception\ExtensionNotLoadedException;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Test\Double\Fake\ArrayInput;
use PimSync\Connector\Test\Double\Fake\BufferedOutput;
use PimSync\Connector\Test\Double\Fake\Results;
use PimSync\Connector\Test\Double\Fake\StubRunSync;
use Symfony\Component\Console\Input\InputOption;

final class SyncCommandTest extends TestCase
{
    public function testDeclaresNameAndOptions(): void
    {
        $command = new SyncCommand(new StubRunSync());
        self::assertSame('pimsync:sync', $command->getName());
        self::assertSame(
            ['full' => InputOption::VALUE_NONE, 'delta' => InputOption::VALUE_NONE, 'wait' => InputOption::VALUE_REQUIRED, 'config' => InputOption::VALUE_REQUIRED, 'json' => InputOption::VALUE_NONE],
            $command->recordedOptionModes
        );
    }

    /** @return iterable<string, array{array<string, mixed>, SyncMode}> */
    public static function modes(): iterable
    {
        yield '--full' => [['full' => true], SyncMode::Full];
        yield '--delta' => [['delta' => true], SyncMode::Delta];
        yield 'default is delta' => [[], SyncMode::Delta];
    }

    /** @dataProvider modes */
    public function testMapsOptionsToTheEngineMode(array $options, SyncMode $expected): void
    {
        $runSync = new StubRunSync();
        (new SyncCommand($runSync))->run(new ArrayInput($options), new BufferedOutput());
        self::assertSame([[$expected, null, 0]], $runSync->calls);
    }

    public function testFullAndDeltaTogetherAreRefused(): void
    {
        $runSync = new StubRunSync();
        $output = new BufferedOutput();
        $code = (new SyncCommand($runSync))->run(new ArrayInput(['full' => true, 'delta' => true]), $output);
        self::assertSame(1, $code);
        self::assertSame([], $runSync->calls);
        self::assertStringContainsString('exclude each other', $output->buffer);
    }

    public function testPassesTheConfigFile(): void
    {
        $runSync = new StubRunSync();
        (new SyncCommand($runSync))->run(new ArrayInput(['config' => '/srv/pimsync.json']), new BufferedOutput());
        self::assertSame('/srv/pimsync.json', $runSync->calls[0][1]);
    }

    /** @return iterable<string, array{RunStatus, int}> */
    public static function exitCodes(): iterable
    {
        yield 'success' => [RunStatus::Success, 0];
        yield 'failed' => [RunStatus::Failed, 1];
        yield 'partial' => [RunStatus::Partial, 2];
    }

    /** @dataProvider exitCodes */
    public function testExitCodeFollowsTheReportStatus(RunStatus $status, int $exitCode): void
    {
        $errors = $status === RunStatus::Partial ? [['position' => 'line 12', 'sku' => 'A-1', 'reason' => 'price below 0']] : [];
        $output = new BufferedOutput();
        $code = (new SyncCommand(new StubRunSync(Results::make([1], $status, errors: $errors))))->run(new ArrayInput(), $output);
        self::assertSame($exitCode, $code);
        self::assertStringContainsString('Run #7 (delta): ' . $status->value, $output->buffer);
        if ($errors !== []) {
            self::assertStringContainsString('line 12 A-1: price below 0', $output->buffer);
        }
    }

    public function testJsonPrintsTheReport(): void
    {
        $output = new BufferedOutput();
        (new SyncCommand(new StubRunSync(Results::make([3]))))->run(new ArrayInput(['json' => true]), $output);
        $report = json_decode($output->buffer, true, 512, JSON_THROW_ON_ERROR);
        self::assertSame(7, $report['runId']);
        self::assertSame('success', $report['status']);
        self::assertSame(['action' => 'updated', 'attributes' => ['name']], $report['changedEntities'][3]);
    }

    public function testAnErrorBeforeAReportExitsWithOne(): void
    {
        $output = new BufferedOutput();
        $code = (new SyncCommand(new StubRunSync(null, new ConfigPathMissingException('No pimsync configuration file'))))
            ->run(new ArrayInput(), $output);
        self::assertSame(1, $code);
        self::assertStringContainsString('No pimsync configuration file', $output->buffer);
    }

    public function testAnotherRunHoldingTheLockExitsWithTempfail(): void
    {
        $output = new BufferedOutput();
        $code = (new SyncCommand(new StubRunSync(null, new SyncLockedException('Another pimsync run holds the lock "pimsync_sync".'))))
            ->run(new ArrayInput(), $output);
        self::assertSame(75, $code, 'EX_TEMPFAIL, as bin/pimsync');
        self::assertSame(SyncCommand::EXIT_LOCKED, $code);
        self::assertStringContainsString('Another pimsync run holds the lock', $output->buffer);
    }

    public function testWaitIsPassedAsTheLockTimeout(): void
    {
        $runSync = new StubRunSync();
        (new SyncCommand($runSync))->run(new ArrayInput(['wait' => '30']), new BufferedOutput());
        self::assertSame(30, $runSync->calls[0][2]);
    }

    /** @return iterable<string, array{string}> */
    public static function badWaits(): iterable
    {
        yield 'negative' => ['-5'];
        yield 'fraction' => ['1.5'];
        yield 'word' => ['soon'];
    }

    /** @dataProvider badWaits */
    public function testWaitMustBeWholeSeconds(string $wait): void
    {
        $runSync = new StubRunSync();
        $output = new BufferedOutput();
        $code = (new SyncCommand($runSync))->run(new ArrayInput(['wait' => $wait]), $output);
        self::assertSame(1, $code);
        self::assertSame([], $runSync->calls);
        self::assertStringContainsString('--wait takes a whole number of seconds', $output->buffer);
    }

    public function testAMissingExtensionExitsWithOneAndSaysWhatToAdd(): void
    {
        $output = new BufferedOutput();
        $code = (new SyncCommand(new StubRunSync(null, new ExtensionNotLoadedException('The pimsync PHP extension is not loaded in this PHP (cli SAPI'))))
            ->run(new ArrayInput(), $output);
        self::assertSame(1, $code);
        self::assertStringContainsString('The pimsync PHP extension is not loaded in this PHP (cli SAPI', $output->buffer);
    }
}
