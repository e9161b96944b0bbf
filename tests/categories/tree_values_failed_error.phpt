--TEST--
Category tree: a value statement the server refuses while the tree's rows are still being queued (a full buffer is sent mid-tree) fails the whole tree: the run fails saying why and no category is written, rather than the tree committing without those rows (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach ([false, true] as $staging) {
    echo $staging ? "staging\n" : "open source\n";
    $t = cat_setup('tree_values_failed_error', $staging);
    /* 300 categories with three labels: far more value rows than one statement carries */
    $items = [cat('master', null, ['en_US' => 'Master'])];
    $items[] = cat('boom', 'master', ['en_US' => 'Boom', 'fr_FR' => 'Boum', 'de_DE' => 'Bumm']);
    for ($i = 1; $i < 300; $i++) {
        $items[] = cat("c$i", 'master', ['en_US' => "Cat $i", 'fr_FR' => "Cat fr $i", 'de_DE' => "Cat de $i"]);
    }
    cat_feed($t, $items);
    $t['pdo']->exec("CREATE TRIGGER refuse_boom BEFORE INSERT ON catalog_category_entity_varchar FOR EACH ROW
        IF NEW.value = 'Boom' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by a trigger'; END IF");
    try {
        $r = sync_run($t);
        echo 'run ', $r->status, "\n";
    } catch (PimSync\Exception $e) {
        echo get_class($e), ': ', str_contains($e->getMessage(), 'refused by a trigger') ? 'says why' : $e->getMessage(), "\n";
    }
    echo 'categories: ', sync_count($t, 'catalog_category_entity'), ', values: ', sync_count($t, 'catalog_category_entity_varchar'), "\n";
    echo 'run row: ', $t['pdo']->query('SELECT status FROM pimsync_run')->fetchColumn(), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_values_failed_error');
?>
--EXPECT--
open source
PimSync\DatabaseException: says why
categories: 2, values: 3
run row: failed
staging
PimSync\DatabaseException: says why
categories: 2, values: 3
run row: failed
