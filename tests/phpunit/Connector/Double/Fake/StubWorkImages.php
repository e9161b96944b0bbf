<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use PimSync\Connector\Api\WorkImagesInterface;

/** Records each call and answers with fixed counts, or throws $failure; calls the log callable with $logLines. */
final class StubWorkImages implements WorkImagesInterface
{
    /** @var list<array{0: string, 1: array<string, mixed>}> */
    public array $calls = [];
    public ?\RuntimeException $failure = null;
    /** @var list<string> */
    public array $logLines = [];

    public function execute(string $configFile, array $options): array
    {
        $this->calls[] = [$configFile, array_diff_key($options, ['log' => true])];
        if ($this->failure !== null) {
            throw $this->failure;
        }
        foreach ($this->logLines as $line) {
            ($options['log'])($line);
        }
        return ['jobs' => 3, 'elapsed_s' => 1.25, 'applied' => 3, 'attached' => 5, 'reused' => 1, 'removed' => 2,
            'dead_lettered' => 1, 'retried' => 0];
    }
}
