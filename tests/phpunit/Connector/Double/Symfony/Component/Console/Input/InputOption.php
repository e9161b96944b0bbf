<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Test double of Symfony's class: the mode constants (same values). */
class InputOption
{
    public const VALUE_NONE = 1;
    public const VALUE_REQUIRED = 2;
    public const VALUE_OPTIONAL = 4;
}
