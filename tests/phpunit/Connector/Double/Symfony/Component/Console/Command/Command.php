<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Command;

use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * Test double of Symfony's Command: configure() from the constructor, run() calls
 * execute(); option definitions are recorded (getOptionModes()) instead of bound.
 */
class Command
{
    private ?string $name = null;
    private string $description = '';
    /** @var array<string, int|null> */
    private array $optionModes = [];

    public function __construct(?string $name = null)
    {
        if ($name !== null) {
            $this->setName($name);
        }
        $this->configure();
    }

    protected function configure()
    {
    }

    protected function execute(InputInterface $input, OutputInterface $output)
    {
        throw new \LogicException('execute() must be overridden');
    }

    public function run(InputInterface $input, OutputInterface $output): int
    {
        return $this->execute($input, $output);
    }

    public function setName(string $name): static
    {
        $this->name = $name;
        return $this;
    }

    public function getName(): ?string
    {
        return $this->name;
    }

    public function setDescription(string $description): static
    {
        $this->description = $description;
        return $this;
    }

    public function addOption(string $name, string|array|null $shortcut = null, ?int $mode = null, string $description = '', mixed $default = null): static
    {
        $this->optionModes[$name] = $mode;
        return $this;
    }

    /** @return array<string, int|null> */
    public function getOptionModes(): array
    {
        return $this->optionModes;
    }
}
