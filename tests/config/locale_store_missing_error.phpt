--TEST--
Config: a locale mapped to a store view Magento does not have fails the sync with a clear message
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('locale_store_missing_error');
$t['config']['locales'] = ['en_US' => ['default'], 'it_IT' => ['it']];
sync_feed($t, [sync_product('A')]);
try {
    sync_run($t);
} catch (PimSync\ConfigException $e) {
    echo str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
}
echo implode(' | ', array_map(fn($v) => str_replace($t['dir'], 'DIR', (string) $v), $t['pdo']->query('SELECT status, message FROM pimsync_run')->fetch())), "\n";
echo sync_count($t, 'catalog_product_entity'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('locale_store_missing_error');
?>
--EXPECT--
Run 1 failed: DIR/config.json: locale it_IT maps to store view "it", which is not in Magento's store table
failed | DIR/config.json: locale it_IT maps to store view "it", which is not in Magento's store table
0
