<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Test double of Symfony's interface: only the methods the module calls. */
interface InputInterface
{
    public function getOption(string $name);
}
