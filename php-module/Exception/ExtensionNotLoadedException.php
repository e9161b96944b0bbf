<?php

declare(strict_types=1);

namespace PimSync\Connector\Exception;

/** The pimsync PHP extension is not loaded in the PHP running this code (cron, command, web). */
class ExtensionNotLoadedException extends \RuntimeException
{
}
