<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Symfony\Component\Console\Input\InputDefinition;
use Symfony\Component\Console\Input\InputInterface;

/** Options as given, no parsing; arguments are not used by the module's commands. */
final class ArrayInput implements InputInterface
{
    /** @param array<string, mixed> $options */
    public function __construct(private array $options = [])
    {
    }

    public function getFirstArgument(): ?string
    {
        return null;
    }

    public function hasParameterOption(string|array $values, bool $onlyParams = false): bool
    {
        return false;
    }

    public function getParameterOption(string|array $values, string|bool|int|float|array|null $default = false, bool $onlyParams = false)
    {
        return $default;
    }

    public function bind(InputDefinition $definition)
    {
    }

    public function validate()
    {
    }

    public function getArguments(): array
    {
        return [];
    }

    public function getArgument(string $name)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function setArgument(string $name, mixed $value)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function hasArgument(string $name): bool
    {
        return false;
    }

    public function getOptions(): array
    {
        return $this->options;
    }

    public function getOption(string $name)
    {
        return $this->options[$name] ?? null;
    }

    public function setOption(string $name, mixed $value)
    {
        $this->options[$name] = $value;
    }

    public function hasOption(string $name): bool
    {
        return array_key_exists($name, $this->options);
    }

    public function isInteractive(): bool
    {
        return false;
    }

    public function setInteractive(bool $interactive)
    {
    }
}
