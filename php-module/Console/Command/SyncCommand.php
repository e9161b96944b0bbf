<?php

declare(strict_types=1);

namespace PimSync\Connector\Console\Command;

use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Api\RunSyncInterface;
use PimSync\Connector\Exception\SyncLockedException;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento pimsync:sync [--full|--delta] [--wait SECONDS] [--config FILE] [--json]
 *
 * Exit codes: 0 success, 1 failed (or not run), 2 partial (some records dead-lettered),
 * 75 locked (another run holds the lock; EX_TEMPFAIL, as bin/pimsync).
 */
class SyncCommand extends Command
{
    public const NAME = 'pimsync:sync';
    public const EXIT_FAILED = 1;
    public const EXIT_LOCKED = 75;

    public function __construct(
        private readonly RunSyncInterface $runSync,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName(self::NAME)
            ->setDescription('Sync products from the PIM/ERP into Magento through the pimsync extension.')
            ->addOption('full', null, InputOption::VALUE_NONE, 'Rewrite every record')
            ->addOption('delta', null, InputOption::VALUE_NONE, 'Only records changed since the last run (default)')
            ->addOption('wait', null, InputOption::VALUE_REQUIRED, 'Seconds to wait for another run to finish (default 0: exit 75 at once)', '0')
            ->addOption('config', null, InputOption::VALUE_REQUIRED, 'pimsync JSON configuration file (default: pimsync/general/config_path)')
            ->addOption('json', null, InputOption::VALUE_NONE, 'Print the run report as JSON');
        parent::configure();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        if ($input->getOption('full') && $input->getOption('delta')) {
            $output->writeln('<error>--full and --delta exclude each other.</error>');
            return self::EXIT_FAILED;
        }
        $wait = (string) ($input->getOption('wait') ?? '0');
        if (!ctype_digit($wait)) {
            $output->writeln('<error>--wait takes a whole number of seconds, got "' . $wait . '".</error>');
            return self::EXIT_FAILED;
        }
        $mode = $input->getOption('full') ? SyncMode::Full : SyncMode::Delta;
        $config = $input->getOption('config');

        try {
            $result = $this->runSync->execute($mode, is_string($config) ? $config : null, (int) $wait);
        } catch (SyncLockedException $e) {
            $output->writeln('<error>' . $e->getMessage() . '</error>');
            return self::EXIT_LOCKED;
        } catch (\RuntimeException $e) {
            $output->writeln('<error>' . $e->getMessage() . '</error>');
            return self::EXIT_FAILED;
        }

        if ($input->getOption('json')) {
            $output->writeln((string) json_encode($result->toArray(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
        } else {
            $this->writeSummary($result, $output);
        }
        return $result->status->exitCode();
    }

    private function writeSummary(SyncResult $result, OutputInterface $output): void
    {
        $output->writeln(sprintf(
            'Run #%d (%s): %s in %.1f s',
            $result->runId,
            $result->mode->value,
            $result->status->value,
            $result->elapsedSeconds
        ));
        $counts = [];
        foreach ($result->counts as $name => $count) {
            $counts[] = $name . ' ' . $count;
        }
        $output->writeln(implode(', ', $counts));
        foreach ($result->errors as $error) {
            $output->writeln(sprintf(
                '  %s %s: %s',
                (string) ($error['position'] ?? '?'),
                (string) ($error['sku'] ?? ''),
                (string) ($error['reason'] ?? '')
            ));
        }
    }
}
