<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Cron;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Cron\WorkImages;
use PimSync\Connector\Model\ModuleConfig;
use PimSync\Connector\Test\Double\Fake\ArrayScopeConfig;
use PimSync\Connector\Test\Double\Fake\RecordingLogger;
use PimSync\Connector\Test\Double\Fake\StubWorkImages;

final class WorkImagesTest extends TestCase
{
    private const ENABLED = [ModuleConfig::XML_PATH_ENABLED => '1', ModuleConfig::XML_PATH_CONFIG_PATH => '/etc/pimsync.json'];

    public function testDoesNothingWhenDisabledOrWithoutAConfigFile(): void
    {
        $work = new StubWorkImages();
        (new WorkImages($work, new ModuleConfig(new ArrayScopeConfig([ModuleConfig::XML_PATH_ENABLED => '0'])), new RecordingLogger()))->execute();
        (new WorkImages($work, new ModuleConfig(new ArrayScopeConfig([ModuleConfig::XML_PATH_ENABLED => '1'])), new RecordingLogger()))->execute();
        self::assertSame([], $work->calls);
    }

    public function testBoundedWorkLoggedWhenEnabled(): void
    {
        $work = new StubWorkImages();
        $work->logLines = ['Redis at 127.0.0.1:6379 is unreachable'];
        $logger = new RecordingLogger();
        (new WorkImages($work, new ModuleConfig(new ArrayScopeConfig(self::ENABLED)), $logger))->execute();
        self::assertSame([['/etc/pimsync.json', ['once' => true, 'max_jobs' => WorkImages::MAX_JOBS, 'max_seconds' => WorkImages::MAX_SECONDS]]], $work->calls);
        self::assertLessThan(60, WorkImages::MAX_SECONDS, 'a tick ends before the next one starts');
        self::assertSame(['warning', 'pimsync images: Redis at 127.0.0.1:6379 is unreachable'], $logger->records[0]);
        self::assertStringContainsString('pimsync images: 3 jobs in 1.2 s, 5 attached, 2 removed, 1 dead-lettered, 0 retried', $logger->records[1][1]);
    }
}
