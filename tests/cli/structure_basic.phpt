--TEST--
bin/pimsync structure --config FILE [--plan] [--json]: --plan prints what it would create and writes nothing; the run prints what it did; --json prints one JSON object; a second run says nothing is to change; exit 0
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('cli_structure_basic');
structure_source($t, [structure_attribute('fit', 'pim_catalog_simpleselect'), structure_attribute('packshot', 'pim_catalog_image')],
    options: [structure_option('fit', 'slim', 1, ['en_US' => 'Slim'])]);
$config = sync_config_file($t);
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('cli_structure_basic')];
$r = cli_run(['structure', '--config', $config, '--plan'], $env);
echo 'exit ', $r['exit'], ":\n", $r['stdout'], 'attribute created: ', sync_count($t, 'eav_attribute', "attribute_code = 'fit'"), "\n";
$r = cli_run(['structure', '--config', $config, '--json'], $env);
$report = cli_json($r);
echo 'exit ', $r['exit'], ': ', is_array($report) ? "{$report['status']}, {$report['message']}, " . json_encode($report['counts']) . ', rows ' . json_encode($report['rows_written']) : $report, "\n";
$r = cli_run(['structure', '--config', $config], $env);
echo 'exit ', $r['exit'], ":\n", $r['stdout'];
$r = cli_run(['structure', '--config', $config, '--batch-size', '5'], $env);
echo 'exit ', $r['exit'], ': ', strtok($r['stderr'], "\n"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cli_structure_basic');
?>
--EXPECT--
exit 0:
2 changes planned, nothing written (--plan)
  would create attribute fit: select (int), global scope, label "Fit"
  would create option slim: option of fit, sort order 1, admin label "Slim"
  note: attribute packshot: pim_catalog_image attributes are not created in Magento (images and files are left to the image job): skipped
attribute created: 0
exit 0: success, 2 changes written, {"attribute.create":1,"option.create":1}, rows {"eav_attribute":1,"eav_attribute_label":1,"eav_attribute_option":1}
exit 0:
nothing to change: Magento's structure matches Akeneo's
  note: attribute packshot: pim_catalog_image attributes are not created in Magento (images and files are left to the image job): skipped
exit 64: pimsync: --batch-size is not an option of structure
