<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Console\Command;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\GetRecentRunsInterface;
use PimSync\Connector\Console\Command\StatusCommand;
use PimSync\Connector\Model\ModuleConfig;
use PimSync\Connector\Test\Double\Fake\ArrayInput;
use PimSync\Connector\Test\Double\Fake\ArrayScopeConfig;
use PimSync\Connector\Test\Double\Fake\BufferedOutput;

final class StatusCommandTest extends TestCase
{
    private function recentRuns(array &$calls): GetRecentRunsInterface
    {
        return new class ($calls) implements GetRecentRunsInterface {
            public function __construct(private array &$calls)
            {
            }

            public function execute(string $configFile, int $limit): array
            {
                $this->calls[] = [$configFile, $limit];
                return [['run_id' => 9, 'status' => 'partial', 'mode' => 'delta', 'failed' => 2]];
            }
        };
    }

    public function testListsRunsWithTheConfiguredFile(): void
    {
        $calls = [];
        $command = new StatusCommand(
            $this->recentRuns($calls),
            new ModuleConfig(new ArrayScopeConfig([ModuleConfig::XML_PATH_CONFIG_PATH => '/etc/pimsync.json']))
        );
        $output = new BufferedOutput();

        self::assertSame('pimsync:status', $command->getName());
        self::assertSame(0, $command->run(new ArrayInput(['limit' => '3']), $output));
        self::assertSame([['/etc/pimsync.json', 3]], $calls);
        self::assertStringContainsString("9\tpartial\tdelta", $output->buffer);
    }

    public function testWithoutConfigFileExitsWithOne(): void
    {
        $calls = [];
        $command = new StatusCommand($this->recentRuns($calls), new ModuleConfig(new ArrayScopeConfig()));
        self::assertSame(1, $command->run(new ArrayInput(), new BufferedOutput()));
        self::assertSame([], $calls);
    }
}
