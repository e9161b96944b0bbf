<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\Event\ManagerInterface;

final class RecordingEventManager implements ManagerInterface
{
    /** @var list<array{0: string, 1: array<string, mixed>}> */
    public array $events = [];

    public function dispatch($eventName, array $data = [])
    {
        $this->events[] = [$eventName, $data];
    }

    /** @return list<array<string, mixed>> data of every dispatch of $name */
    public function dataOf(string $name): array
    {
        return array_values(array_map(
            static fn (array $e): array => $e[1],
            array_filter($this->events, static fn (array $e): bool => $e[0] === $name)
        ));
    }
}
