<?php

declare(strict_types=1);

namespace PimSync\Connector\Console\Command;

use PimSync\Connector\Api\WorkImagesInterface;
use PimSync\Connector\Model\ModuleConfig;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento pimsync:images:work [--once] [--max-jobs N] [--max-seconds S] [--config FILE] [--json]:
 * the image jobs of the Redis stream into the products' galleries, one summary line per run.
 */
class ImagesWorkCommand extends Command
{
    public const NAME = 'pimsync:images:work';

    public function __construct(
        private readonly WorkImagesInterface $workImages,
        private readonly ModuleConfig $moduleConfig,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName(self::NAME)
            ->setDescription('Download the images pimsync syncs queued on Redis and attach them to the product galleries.')
            ->addOption('once', null, InputOption::VALUE_NONE, 'Stop when no job is left (else work until stopped)')
            ->addOption('max-jobs', null, InputOption::VALUE_REQUIRED, 'Stop after this many jobs')
            ->addOption('max-seconds', null, InputOption::VALUE_REQUIRED, 'Stop after this many seconds')
            ->addOption('config', null, InputOption::VALUE_REQUIRED, 'pimsync JSON configuration file (default: pimsync/general/config_path)')
            ->addOption('json', null, InputOption::VALUE_NONE, 'Print the counts as JSON');
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
        $options = [
            'once' => (bool) $input->getOption('once'),
            'log' => static fn (string $line) => $output->writeln("<comment>$line</comment>"),
        ];
        foreach (['max-jobs' => 'max_jobs', 'max-seconds' => 'max_seconds'] as $option => $key) {
            $value = $input->getOption($option);
            if ($value === null) {
                continue;
            }
            if (!is_string($value) || preg_match('/^[1-9]\d{0,5}$/', $value) !== 1) {
                $output->writeln("<error>--$option wants a whole number from 1 to 999999</error>");
                return 1;
            }
            $options[$key] = (int) $value;
        }
        try {
            $r = $this->workImages->execute($configFile, $options);
        } catch (\RuntimeException $e) {
            $output->writeln('<error>' . $e->getMessage() . '</error>');
            return 1;
        }

        if ($input->getOption('json')) {
            $output->writeln((string) json_encode($r, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
            return 0;
        }
        $output->writeln(sprintf(
            'images: %d jobs in %.1f s: %d images attached (%d on files already stored), %d removed; %d dead-lettered, %d left for a retry',
            $r['jobs'],
            $r['elapsed_s'],
            $r['attached'],
            $r['reused'],
            $r['removed'],
            $r['dead_lettered'],
            $r['retried']
        ));
        return 0;
    }
}
