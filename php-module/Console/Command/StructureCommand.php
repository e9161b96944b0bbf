<?php

declare(strict_types=1);

namespace PimSync\Connector\Console\Command;

use PimSync\Connector\Api\SyncStructureInterface;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Model\ModuleConfig;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento pimsync:structure [--plan] [--config FILE] [--json]: Akeneo's attributes,
 * options and families into Magento's attributes, options and attribute sets.
 */
class StructureCommand extends Command
{
    public const NAME = 'pimsync:structure';

    public function __construct(
        private readonly SyncStructureInterface $syncStructure,
        private readonly ModuleConfig $moduleConfig,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName(self::NAME)
            ->setDescription('Create and update Magento attributes, options and attribute sets from Akeneo\'s structure.')
            ->addOption('plan', null, InputOption::VALUE_NONE, 'Print what would be created or changed; write nothing')
            ->addOption('config', null, InputOption::VALUE_REQUIRED, 'pimsync JSON configuration file (default: pimsync/general/config_path)')
            ->addOption('json', null, InputOption::VALUE_NONE, 'Print the report as JSON');
        parent::configure();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $config = $input->getOption('config');
        $configFile = is_string($config) && $config !== '' ? $config : $this->moduleConfig->getConfigFile();
        if ($configFile === '') {
            $output->writeln('<error>No pimsync configuration file: set ' . ModuleConfig::XML_PATH_CONFIG_PATH . ' or pass --config.</error>');
            return 1;
        }
        $plan = (bool) $input->getOption('plan');
        try {
            $report = $this->syncStructure->execute($configFile, $plan);
        } catch (SyncLockedException $e) {
            $output->writeln('<error>' . $e->getMessage() . '</error>');
            return 75;
        } catch (\RuntimeException $e) {
            $output->writeln('<error>' . $e->getMessage() . '</error>');
            return 1;
        }

        if ($input->getOption('json')) {
            $output->writeln((string) json_encode($report, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
            return 0;
        }
        $output->writeln((string) ($report['message'] ?? ''));
        foreach ($report['changes'] ?? [] as $change) {
            $output->writeln(sprintf('  %s%s %s %s: %s', $plan ? 'would ' : '', $change['action'], $change['kind'], $change['code'], $change['detail']));
        }
        foreach ($report['notices'] ?? [] as $notice) {
            $output->writeln(sprintf('  note: %s %s: %s', $notice['kind'], $notice['code'], $notice['message']));
        }
        return 0;
    }
}
