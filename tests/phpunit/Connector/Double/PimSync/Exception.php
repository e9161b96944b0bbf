<?php

declare(strict_types=1);

namespace PimSync;

/** Stand-in for the extension's base exception when ext-pimsync is not loaded. */
class Exception extends \RuntimeException
{
}
