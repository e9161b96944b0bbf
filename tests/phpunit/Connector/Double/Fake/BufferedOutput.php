<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Symfony\Component\Console\Formatter\OutputFormatterInterface;
use Symfony\Component\Console\Output\OutputInterface;

final class BufferedOutput implements OutputInterface
{
    public string $buffer = '';

    public function write(string|iterable $messages, bool $newline = false, int $options = 0)
    {
        foreach (is_string($messages) ? [$messages] : $messages as $message) {
            $this->buffer .= $message . ($newline ? "\n" : '');
        }
    }

    public function writeln(string|iterable $messages, int $options = 0)
    {
        $this->write($messages, true, $options);
    }

    public function setVerbosity(int $level)
    {
    }

    public function getVerbosity(): int
    {
        return self::VERBOSITY_NORMAL;
    }

    public function isQuiet(): bool
    {
        return false;
    }

    public function isVerbose(): bool
    {
        return false;
    }

    public function isVeryVerbose(): bool
    {
        return false;
    }

    public function isDebug(): bool
    {
        return false;
    }

    public function setDecorated(bool $decorated)
    {
    }

    public function isDecorated(): bool
    {
        return false;
    }

    public function setFormatter(OutputFormatterInterface $formatter)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function getFormatter(): OutputFormatterInterface
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }
}
