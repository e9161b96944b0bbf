--TEST--
The files beside the feed are held to the feed's rules: an options file that is a FIFO or a device is refused at start, a line of it over max_line_bytes is skipped with a warning, and a measurement families file that is not a regular file is a configuration error naming the field
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('side_files_error');
sync_feed($t, [sync_product('A')]);
$fifo = "{$t['dir']}/options.fifo";
posix_mkfifo($fifo, 0600);
foreach ([$fifo, '/dev/zero'] as $options) {
    $t['config']['source'] = ['type' => 'jsonl', 'path' => 'feed.jsonl', 'options_path' => $options];
    try {
        sync_run($t);
        echo "no error\n";
    } catch (PimSync\SourceException $e) {
        echo str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
    }
}
echo sync_count($t, 'catalog_product_entity'), "\n";

// an options line over the cap: its labels are not read, the others are, and the run goes on
$long = json_encode(['code' => 'x', 'attribute' => 'shade', 'labels' => ['en_US' => str_repeat('x', 5000)]]);
file_put_contents("{$t['dir']}/options.jsonl", $long . "\n" . json_encode(['code' => 'red', 'attribute' => 'shade', 'labels' => ['fr_FR' => 'Rouge']]) . "\n");
sync_attr($t, 'shade', 'int', 'select');
sync_feed($t, [sync_product('A', ['shade' => [sync_v('red')]])]);
$t['config']['source'] = ['type' => 'jsonl', 'path' => 'feed.jsonl', 'options_path' => 'options.jsonl', 'max_line_bytes' => 1024];
$r = sync_run($t);
echo $r->status, ': ', str_replace($t['dir'], 'DIR', $r->warnings['option_line_too_long']['message']), "\n";
echo 'red in fr: ', $t['pdo']->query("SELECT value FROM eav_attribute_option_value WHERE store_id = 2")->fetchColumn(), "\n";

foreach (['/dev/zero', $fifo] as $families) {
    try {
        PimSync\Config::fromString(json_encode(['source' => ['type' => 'jsonl', 'path' => 'feed.jsonl', 'measurement_families_path' => $families]]), 'cfg.json');
        echo "no error\n";
    } catch (PimSync\ConfigException $e) {
        echo str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('side_files_error');
?>
--EXPECT--
Run 1 failed: cannot read the source: DIR/options.fifo is a FIFO: a source must be a regular file
Run 2 failed: cannot read the source: /dev/zero is a character device: a source must be a regular file
0
success: options file: line 1 (at byte 0) is 5054 bytes long, over source.max_line_bytes (1024): skipped without being read; only its first 4096 bytes are kept here, not its exact bytes; the labels on it were not read
red in fr: Rouge
cfg.json:1: field "source.measurement_families_path": measurement families file /dev/zero is not a regular file of at most 64 MB
cfg.json:1: field "source.measurement_families_path": measurement families file DIR/options.fifo is not a regular file of at most 64 MB