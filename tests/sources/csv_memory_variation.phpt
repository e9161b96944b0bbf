--TEST--
Engine::sync: an ERP CSV file is read in chunks: peak memory grows with the SKUs the run keeps, never with the file's bytes (5,000 and 50,000 rows)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
// rows carry notes no attribute reads: 600 bytes make 50,000 rows a 31 MB
// file, 1 byte a 1.4 MB one, with the same SKUs
$peaks = $sizes = [];
foreach (['5k' => [5000, 600], '50k' => [50000, 600], '50k_small' => [50000, 1]] as $name => [$n, $noteBytes]) {
    $t = csv_setup("csv_memory_variation_$name", ['sku' => 'sku', 'attributes' => ['name' => 'name']]);
    $notes = str_repeat('n', $noteBytes);
    $f = fopen($t['csv'], 'w');
    fwrite($f, "sku,name,notes\n");
    for ($i = 0; $i < $n; $i++) {
        fwrite($f, "SKU-$i,Product $i,\"$notes\"\n");
    }
    fclose($f);
    $sizes[$name] = filesize($t['csv']);
    $before = memory_get_usage();
    memory_reset_peak_usage();
    $r = sync_run($t);
    $peaks[$name] = memory_get_peak_usage() - $before;
    echo $name, ': ', $r->status, ' ', sync_counts($r), "\n";
}
echo 'the big file is 25 MB larger than the small one: ', var_export($sizes['50k'] - $sizes['50k_small'] > 25 << 20, true), "\n";
// the same SKUs from 25 MB more bytes: the peak moves by less than a read buffer or two
echo 'its peak is within 4 MB of the small one: ', var_export(abs($peaks['50k'] - $peaks['50k_small']) < 4 << 20, true), "\n";
// 45,000 more SKUs: the run's own state for them (about 1 KB a SKU), not the 28 MB more of the file
echo 'from 5k to 50k rows the peak grows by under 2 KB a SKU: ', var_export($peaks['50k'] - $peaks['5k'] < 45000 * 2048, true), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['5k', '50k', '50k_small'] as $name) {
    sync_clean("csv_memory_variation_$name");
}
?>
--EXPECT--
5k: success seen=5000 created=5000 updated=0 unchanged=0 disabled=0 failed=0
50k: success seen=50000 created=50000 updated=0 unchanged=0 disabled=0 failed=0
50k_small: success seen=50000 created=50000 updated=0 unchanged=0 disabled=0 failed=0
the big file is 25 MB larger than the small one: true
its peak is within 4 MB of the small one: true
from 5k to 50k rows the peak grows by under 2 KB a SKU: true
