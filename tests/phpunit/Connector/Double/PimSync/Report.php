<?php

declare(strict_types=1);

namespace PimSync;

/** Stand-in for the extension's Report when ext-pimsync is not loaded (a type only here). */
final class Report
{
}
