<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Output;

/** Test double of Symfony's interface: only the methods the module calls. */
interface OutputInterface
{
    public function writeln(string|iterable $messages, int $options = 0);
}
