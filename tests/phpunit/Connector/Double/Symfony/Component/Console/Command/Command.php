<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Command;

use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * Test double of Symfony's Command (symfony/console 6.4): configure() from the
 * constructor, run() calls execute(); option definitions are recorded in
 * $recordedOptionModes instead of bound. A subset of the real methods, each with the
 * real signature (DoubleSignatureTest).
 */
class Command
{
    private ?string $name = null;
    private string $description = '';
    /** @var array<string, int|null> Double only: option name => mode, in the order added. */
    public array $recordedOptionModes = [];

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

    public function addOption(string $name, array|string|null $shortcut = null, ?int $mode = null, string $description = '', mixed $default = null): static
    {
        $this->recordedOptionModes[$name] = $mode;
        return $this;
    }
}
