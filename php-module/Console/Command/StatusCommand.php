<?php

declare(strict_types=1);

namespace PimSync\Connector\Console\Command;

use PimSync\Connector\Api\GetRecentRunsInterface;
use PimSync\Connector\Model\ModuleConfig;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento pimsync:status [--limit N] [--config FILE] [--json]: the most recent runs.
 */
class StatusCommand extends Command
{
    public const NAME = 'pimsync:status';
    private const COLUMNS = ['run_id', 'status', 'mode', 'started_at', 'finished_at', 'seen', 'created', 'updated', 'unchanged', 'disabled', 'failed', 'elapsed_s'];

    public function __construct(
        private readonly GetRecentRunsInterface $getRecentRuns,
        private readonly ModuleConfig $moduleConfig,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName(self::NAME)
            ->setDescription('Show the most recent pimsync runs, newest first.')
            ->addOption('limit', null, InputOption::VALUE_REQUIRED, 'How many runs', '10')
            ->addOption('config', null, InputOption::VALUE_REQUIRED, 'pimsync JSON configuration file (default: pimsync/general/config_path)')
            ->addOption('json', null, InputOption::VALUE_NONE, 'Print the runs as JSON');
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
        try {
            $runs = $this->getRecentRuns->execute($configFile, max(1, (int) $input->getOption('limit')));
        } catch (\RuntimeException $e) {
            $output->writeln('<error>' . $e->getMessage() . '</error>');
            return 1;
        }

        if ($input->getOption('json')) {
            $output->writeln((string) json_encode($runs, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
            return 0;
        }
        $output->writeln(implode("\t", self::COLUMNS));
        foreach ($runs as $run) {
            $output->writeln(implode("\t", array_map(
                static fn (string $column): string => (string) ($run[$column] ?? ''),
                self::COLUMNS
            )));
        }
        return 0;
    }
}
