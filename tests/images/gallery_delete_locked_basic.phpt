--TEST--
Images: the file of an image a product no longer has is deleted only under its pimsync_media_file row's lock: while another transaction links the same bytes the file stays; that link committed, the file stays; rolled back, the file goes
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
require_once __DIR__ . '/../support/cli.inc';
$t = images_setups('gallery_delete_locked_basic', ['A', 'B'])['entity_id'];
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();
$bytes = images_png(3, 3, 1);
$hash = hash('sha256', $bytes);
images_put($t, 'x/front.png', $bytes);
$with = images_job($t, 'A', [images_img('x', 'x/front.png', 'front.png', 1)]);
$without = images_job($t, 'A', [], []);
$config = sync_config_file($t);
file_put_contents("{$t['dir']}/without.json", $without);
file_put_contents("{$t['dir']}/apply.php", '<?php require ' . var_export(__DIR__ . '/../support/db.inc', true) . ';
$e = new PimSync\Engine(pimsync_test_pdo($argv[1]), PimSync\Config::fromFile($argv[2]));
echo json_encode($e->applyImageJob(file_get_contents($argv[3]))), "\n";');
$file = "{$t['dir']}/media/catalog/product/f/r/front.png";
$there = function () use ($file): string {
    clearstatcache();
    return is_file($file) ? 'there' : 'gone';
};
$b = $t['pdo']->query("SELECT entity_id FROM catalog_product_entity WHERE sku = 'B'")->fetchColumn();
/** How many transactions wait to lock this test's file row (its path is the test directory's own). */
$waiting = fn () => (int) $t['pdo']->query("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'
    AND trx_query LIKE '%FROM pimsync_media_file WHERE path = %front.png%'")->fetchColumn();

foreach (['commit', 'rollBack'] as $end) {
    echo "A attaches front.png: ", images_counts(images_apply($t, $with)), "\n";
    // another job, of B, linking the same bytes: it holds the content's row and has not committed yet
    $other = pimsync_test_pdo($db);
    $other->beginTransaction();
    $other->query("SELECT path FROM pimsync_media_file WHERE content_hash = '$hash' FOR UPDATE")->fetchAll();
    $other->exec("INSERT INTO pimsync_media_link (value_id, entity_id, ref, content_hash, roles, run_id) VALUES (999999, $b, 'x', '$hash', '', 8)");
    $child = cli_start([], [], cli_php(["{$t['dir']}/apply.php", $db, $config, "{$t['dir']}/without.json"]));
    $until = microtime(true) + 20;
    while (!$waiting() && microtime(true) < $until) {
        usleep(20000);
    }
    echo "A drops it while B's job holds the content's row; the file meanwhile: ", $there(), "\n";
    $other->$end();
    $r = cli_wait($child);
    $res = json_decode(trim($r['stdout']), true) ?? $r;
    echo "B's job $end: A ", is_array($res) && isset($res['status']) ? images_counts($res) : json_encode($res), "\n";
    echo "  the file: ", $there(), ", its row: ", sync_count($t, 'pimsync_media_file', "content_hash = '$hash'"), "\n";
    $t['pdo']->exec('DELETE FROM pimsync_media_link WHERE value_id = 999999');
    $other = null;
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_delete_locked_basic');
?>
--EXPECT--
A attaches front.png: status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
A drops it while B's job holds the content's row; the file meanwhile: there
B's job commit: A status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=1 files_written=0 files_deleted=0
  the file: there, its row: 1
A attaches front.png: status=applied attached=1 reused=1 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0
A drops it while B's job holds the content's row; the file meanwhile: there
B's job rollBack: A status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=1 files_written=0 files_deleted=1
  the file: gone, its row: 0
