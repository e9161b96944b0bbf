<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Symfony\Component\Console\Input\InputInterface;

final class ArrayInput implements InputInterface
{
    /** @param array<string, mixed> $options */
    public function __construct(private readonly array $options = [])
    {
    }

    public function getOption(string $name)
    {
        return $this->options[$name] ?? null;
    }
}
