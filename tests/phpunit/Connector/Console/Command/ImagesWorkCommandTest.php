<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Console\Command;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Console\Command\ImagesWorkCommand;
use PimSync\Connector\Model\ModuleConfig;
use PimSync\Connector\Test\Double\Fake\ArrayInput;
use PimSync\Connector\Test\Double\Fake\ArrayScopeConfig;
use PimSync\Connector\Test\Double\Fake\BufferedOutput;
use PimSync\Connector\Test\Double\Fake\StubWorkImages;

final class ImagesWorkCommandTest extends TestCase
{
    private static function command(StubWorkImages $work, array $config = [ModuleConfig::XML_PATH_CONFIG_PATH => '/etc/pimsync.json']): ImagesWorkCommand
    {
        return new ImagesWorkCommand($work, new ModuleConfig(new ArrayScopeConfig($config)));
    }

    public function testWorksOnceWithTheConfiguredFileAndPrintsOneSummaryLine(): void
    {
        $work = new StubWorkImages();
        $work->logLines = ['Redis is back after 2.0 s'];
        $output = new BufferedOutput();
        $command = self::command($work);

        self::assertSame('pimsync:images:work', $command->getName());
        self::assertSame(0, $command->run(new ArrayInput(['once' => true, 'max-jobs' => '100']), $output));
        self::assertSame([['/etc/pimsync.json', ['once' => true, 'max_jobs' => 100]]], $work->calls);
        self::assertStringContainsString('Redis is back after 2.0 s', $output->buffer);
        self::assertStringContainsString('images: 3 jobs in 1.2 s: 5 images attached (1 on files already stored), 2 removed; 1 dead-lettered, 0 left for a retry', $output->buffer);
    }

    public function testConfigOptionWinsAndJsonPrintsTheCounts(): void
    {
        $work = new StubWorkImages();
        $output = new BufferedOutput();
        self::assertSame(0, self::command($work)->run(new ArrayInput(['config' => '/tmp/other.json', 'json' => true, 'max-seconds' => '30']), $output));
        self::assertSame([['/tmp/other.json', ['once' => false, 'max_seconds' => 30]]], $work->calls);
        self::assertSame(5, json_decode($output->buffer, true)['attached']);
    }

    public function testABadMaxJobsOrNoConfigFileExitsWithOneWithoutWorking(): void
    {
        $work = new StubWorkImages();
        self::assertSame(1, self::command($work)->run(new ArrayInput(['max-jobs' => '0']), new BufferedOutput()));
        self::assertSame(1, self::command($work, [])->run(new ArrayInput(), new BufferedOutput()));
        self::assertSame([], $work->calls);
    }

    public function testAWorkerFailureIsPrintedAndExitsWithOne(): void
    {
        $work = new StubWorkImages();
        $work->failure = new \RuntimeException('The image worker stopped: the database is gone');
        $output = new BufferedOutput();
        self::assertSame(1, self::command($work)->run(new ArrayInput(['once' => true]), $output));
        self::assertStringContainsString('the database is gone', $output->buffer);
    }
}
