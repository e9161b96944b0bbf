<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Console\Command;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\SyncStructureInterface;
use PimSync\Connector\Console\Command\StructureCommand;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Model\ModuleConfig;
use PimSync\Connector\Test\Double\Fake\ArrayInput;
use PimSync\Connector\Test\Double\Fake\ArrayScopeConfig;
use PimSync\Connector\Test\Double\Fake\BufferedOutput;

final class StructureCommandTest extends TestCase
{
    private function structure(array &$calls, ?\Throwable $failure = null): SyncStructureInterface
    {
        return new class ($calls, $failure) implements SyncStructureInterface {
            public function __construct(private array &$calls, private readonly ?\Throwable $failure)
            {
            }

            public function execute(string $configFile, bool $plan): array
            {
                $this->calls[] = [$configFile, $plan];
                if ($this->failure !== null) {
                    throw $this->failure;
                }
                return ['plan' => $plan, 'changed' => !$plan, 'message' => '1 change planned, nothing written (--plan)', 'counts' => ['attribute.create' => 1],
                    'changes' => [['action' => 'create', 'kind' => 'attribute', 'code' => 'fit', 'detail' => 'select (int), global scope, label "Fit"']],
                    'notices' => [['kind' => 'attribute', 'code' => 'packshot', 'message' => 'skipped']]];
            }
        };
    }

    private function config(): ModuleConfig
    {
        return new ModuleConfig(new ArrayScopeConfig([ModuleConfig::XML_PATH_CONFIG_PATH => '/etc/pimsync.json']));
    }

    public function testPlanPrintsWhatItWouldDo(): void
    {
        $calls = [];
        $command = new StructureCommand($this->structure($calls), $this->config());
        $output = new BufferedOutput();

        self::assertSame('pimsync:structure', $command->getName());
        self::assertSame(0, $command->run(new ArrayInput(['plan' => true]), $output));
        self::assertSame([['/etc/pimsync.json', true]], $calls);
        self::assertStringContainsString('would create attribute fit: select (int)', $output->buffer);
        self::assertStringContainsString('note: attribute packshot: skipped', $output->buffer);
    }

    public function testRunsWithTheGivenConfigAndPrintsJson(): void
    {
        $calls = [];
        $command = new StructureCommand($this->structure($calls), $this->config());
        $output = new BufferedOutput();

        self::assertSame(0, $command->run(new ArrayInput(['config' => '/tmp/other.json', 'json' => true]), $output));
        self::assertSame([['/tmp/other.json', false]], $calls);
        self::assertSame(['attribute.create' => 1], json_decode($output->buffer, true)['counts']);
    }

    public function testLockedExitsWith75AndAFailureWithOne(): void
    {
        $calls = [];
        $locked = new StructureCommand($this->structure($calls, new SyncLockedException('run 4 holds the lock')), $this->config());
        $output = new BufferedOutput();
        self::assertSame(75, $locked->run(new ArrayInput(), $output));
        self::assertStringContainsString('run 4 holds the lock', $output->buffer);

        $failing = new StructureCommand($this->structure($calls, new \RuntimeException('bad source')), $this->config());
        self::assertSame(1, $failing->run(new ArrayInput(), new BufferedOutput()));
    }

    public function testWithoutConfigFileExitsWithOne(): void
    {
        $calls = [];
        $command = new StructureCommand($this->structure($calls), new ModuleConfig(new ArrayScopeConfig()));
        self::assertSame(1, $command->run(new ArrayInput(), new BufferedOutput()));
        self::assertSame([], $calls);
    }
}
