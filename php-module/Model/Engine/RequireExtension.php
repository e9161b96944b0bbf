<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Connector\Exception\ExtensionNotLoadedException;

/**
 * Fails with a message that says which PHP lacks the extension and where to add it,
 * instead of `Class "PimSync\Engine" not found`. The cron runs in the CLI SAPI
 * (`bin/magento cron:run`), which reads a php.ini of its own, separate from PHP-FPM's.
 */
class RequireExtension
{
    public function __construct(
        private readonly string $extensionName = 'pimsync',
    ) {
    }

    /** @throws ExtensionNotLoadedException */
    public function execute(): void
    {
        if (extension_loaded($this->extensionName)) {
            return;
        }
        $ini = php_ini_loaded_file();
        $scanDir = getenv('PHP_INI_SCAN_DIR') ?: PHP_CONFIG_FILE_SCAN_DIR;
        $iniFile = $scanDir !== '' ? rtrim(explode(PATH_SEPARATOR, $scanDir)[0], '/') . '/30-' . $this->extensionName . '.ini' : ($ini ?: 'php.ini');
        throw new ExtensionNotLoadedException(sprintf(
            'The %1$s PHP extension is not loaded in this PHP (%2$s SAPI, PHP %3$s, php.ini %4$s): add the line '
            . '"extension=%1$s.so" to %5$s (for the cron: the PHP that runs bin/magento cron:run), then check with '
            . '"php -m | grep %1$s". See the PimSync_Connector README, Installation.',
            $this->extensionName,
            PHP_SAPI,
            PHP_VERSION,
            $ini !== false ? $ini : '(none loaded)',
            $iniFile
        ));
    }
}
