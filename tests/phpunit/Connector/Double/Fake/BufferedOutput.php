<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Symfony\Component\Console\Output\OutputInterface;

final class BufferedOutput implements OutputInterface
{
    public string $buffer = '';

    public function writeln(string|iterable $messages, int $options = 0)
    {
        foreach (is_string($messages) ? [$messages] : $messages as $message) {
            $this->buffer .= $message . "\n";
        }
    }
}
