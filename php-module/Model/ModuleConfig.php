<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;

/**
 * Reads the module's system configuration (Stores > Configuration > Catalog > PIM Sync).
 */
class ModuleConfig
{
    public const XML_PATH_ENABLED = 'pimsync/general/enabled';
    public const XML_PATH_CONFIG_PATH = 'pimsync/general/config_path';
    public const XML_PATH_CRON_EXPR = 'pimsync/general/cron_expr';

    public function __construct(
        private readonly ScopeConfigInterface $scopeConfig,
    ) {
    }

    public function isEnabled(): bool
    {
        return $this->scopeConfig->isSetFlag(self::XML_PATH_ENABLED);
    }

    /** Path of the pimsync JSON configuration file; empty when not configured. */
    public function getConfigFile(): string
    {
        return trim((string) $this->scopeConfig->getValue(self::XML_PATH_CONFIG_PATH));
    }
}
