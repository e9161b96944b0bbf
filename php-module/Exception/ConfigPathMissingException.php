<?php

declare(strict_types=1);

namespace PimSync\Connector\Exception;

/** Neither --config nor pimsync/general/config_path names a configuration file. */
class ConfigPathMissingException extends \RuntimeException
{
}
