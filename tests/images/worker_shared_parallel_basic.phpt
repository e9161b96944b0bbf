--TEST--
Images worker: four workers at once over products that share their images (the same bytes for many products, in different orders) finish without deadlocks: each image attached once per product, each content stored once
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
/** A valid PNG of w x h in pure PHP; $seed changes the bytes. */
function shared_png(int $w, int $h, int $seed): string
{
    $chunk = fn (string $type, string $data): string => pack('N', strlen($data)) . $type . $data . pack('N', crc32($type . $data));
    $raw = '';
    for ($y = 0; $y < $h; $y++) {
        $raw .= "\0" . str_repeat(chr($seed & 0xff) . chr(($seed >> 8) & 0xff) . chr($y & 0xff), $w);
    }
    return "\x89PNG\r\n\x1a\n" . $chunk('IHDR', pack('NNCCCCC', $w, $h, 8, 2, 0, 0, 0)) . $chunk('IDAT', gzcompress($raw)) . $chunk('IEND', '');
}
$name = 'worker_shared_parallel_basic';
$t = worker_setup($name, false, ['local_root' => 'local']);
$local = "{$t['dir']}/local";
images_rmtree($local);
mkdir("$local/i", 0700, true);
// a pool of 8 images every product draws from, and one image of its own each
$pool = 8;
for ($i = 0; $i < $pool; $i++) {
    file_put_contents("$local/i/shared$i.png", shared_png(4, 4, $i + 1));
}
$products = [];
$skus = [];
for ($p = 0; $p < 48; $p++) {
    $own = "own$p.png";
    file_put_contents("$local/i/$own", shared_png(4, 4, 1000 + $p));
    // four shared images, a different start and direction per product: jobs lock them in many orders
    $gallery = [];
    for ($k = 0; $k < 4; $k++) {
        $i = $p % 2 ? ($p + $k) % $pool : ($p + $pool - $k) % $pool;
        $gallery[] = sync_v("http://images.test/i/shared$i.png");
    }
    $gallery[] = sync_v("http://images.test/i/$own");
    $skus[] = $sku = sprintf('SHARED-%02d', $p);
    $products[] = sync_product($sku, ['gallery' => $gallery]);
}
sync_feed($t, $products);
sync_run($t);
$children = [];
for ($w = 1; $w <= 4; $w++) {
    $children[] = worker_child_start($t, ['once' => true, 'batch' => 2, 'consumer' => "worker-$w"]);
}
$sum = ['jobs' => 0, 'applied' => 0, 'attached' => 0, 'deadlocks' => 0, 'retried' => 0, 'dead_lettered' => 0];
foreach ($children as $c) {
    $r = worker_child_finish($c);
    if ($r['exit'] !== 0 || !is_array($r['result']) || isset($r['result']['exception'])) {
        echo "a worker failed: ", $r['stderr'], json_encode($r['result']), "\n";
        continue;
    }
    foreach ($sum as $k => $_) {
        $sum[$k] += $r['result'][$k];
    }
}
echo "jobs {$sum['jobs']}, applied {$sum['applied']}, attached {$sum['attached']}, retried {$sum['retried']}, dead-lettered {$sum['dead_lettered']}\n";
echo 'deadlocks: ', $sum['deadlocks'] <= 2 ? 'at most 2' : $sum['deadlocks'], "\n";
echo 'pending: ', worker_pending($t), "\n";
$counts = array_count_values(array_map(fn ($s) => explode(' ', $s)[1], explode(', ', worker_value_counts($t, $skus))));
echo 'products by gallery values: ', json_encode($counts), "\n";
echo 'values on the same path twice for a product: ', $t['pdo']->query('SELECT COUNT(*) FROM (SELECT e.entity_id, m.value
    FROM catalog_product_entity_media_gallery m JOIN catalog_product_entity_media_gallery_value_to_entity e ON e.value_id = m.value_id
    GROUP BY e.entity_id, m.value HAVING COUNT(*) > 1) d')->fetchColumn(), "\n";
echo 'contents stored: ', sync_count($t, 'pimsync_media_file'), ', distinct paths in the gallery: ',
    $t['pdo']->query('SELECT COUNT(DISTINCT value) FROM catalog_product_entity_media_gallery')->fetchColumn(), "\n";
echo 'files on disk: ', count(explode("\n", trim(images_files($t)))), "\n";
echo 'gallery values on shared0.png: ', sync_count($t, 'catalog_product_entity_media_gallery', "value = '/s/h/shared0.png'"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
images_rmtree(sync_dir('worker_shared_parallel_basic') . '/local');
worker_clean('worker_shared_parallel_basic');
?>
--EXPECT--
jobs 48, applied 48, attached 240, retried 0, dead-lettered 0
deadlocks: at most 2
pending: 0
products by gallery values: {"5":48}
values on the same path twice for a product: 0
contents stored: 56, distinct paths in the gallery: 56
files on disk: 56
gallery values on shared0.png: 24
