<?php

declare(strict_types=1);

namespace PimSync;

/**
 * Stand-in for the engine's LockedException (another run holds the engine's database
 * lock; issue 6 §1) when the loaded extension does not have it.
 */
class LockedException extends Exception
{
}
