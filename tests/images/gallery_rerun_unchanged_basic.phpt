--TEST--
Images: applying the same job again writes nothing and reads no byte (its images are linked already): same row counts, no statement changed a row, the files' mtimes unchanged, even with the source files gone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
$tables = ['catalog_product_entity_media_gallery', 'catalog_product_entity_media_gallery_value',
    'catalog_product_entity_media_gallery_value_to_entity', 'catalog_product_entity_varchar', 'pimsync_media_link', 'pimsync_media_file'];
foreach (images_setups('gallery_rerun_unchanged_basic', ['A']) as $layout => $t) {
    echo "$layout:\n";
    images_put($t, 'a.png', images_png(2, 2, 1));
    images_put($t, 'b.png', images_png(2, 2, 2));
    $job = images_job($t, 'A', [
        images_img('a', 'a.png', 'a.png', 1, ['0' => ['image', 'thumbnail'], '2' => ['small_image']], ['0' => 'A', '2' => 'Un']),
        images_img('b', 'b.png', 'b.png', 2, [], [], ['1' => true]),
    ]);
    $first = images_apply($t, $job);
    $count = fn () => implode(' ', array_map(fn ($tb) => sync_count($t, $tb), $tables));
    $mtimes = fn () => json_encode(array_map(fn ($f) => filemtime("{$t['dir']}/media/catalog/product$f"), ['/a/_/a.png', '/b/_/b.png']));
    [$rows, $times] = [$count(), $mtimes()];
    echo "first: ", images_counts($first), " rows_written>0: ", json_encode($first['rows_written'] > 0), "\n";
    sleep(1);
    unlink("{$t['dir']}/src/a.png");
    unlink("{$t['dir']}/src/b.png");
    $again = images_apply($t, $job);
    echo "again: ", images_counts($again), " rows_written=", $again['rows_written'], "\n";
    echo "rows unchanged: ", json_encode($count() === $rows), ", mtimes unchanged: ", json_encode($mtimes() === $times), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_rerun_unchanged_basic');
?>
--EXPECT--
entity_id:
first: status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0 rows_written>0: true
again: status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0 rows_written=0
rows unchanged: true, mtimes unchanged: true
row_id:
first: status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0 rows_written>0: true
again: status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0 rows_written=0
rows unchanged: true, mtimes unchanged: true
