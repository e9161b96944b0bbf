--TEST--
Images: a job whose generation is not the product's current one in pimsync_media_state (a newer job was enqueued) is skipped and says so; nothing is read or written; the current generation applies
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_obsolete_basic', ['A']) as $layout => $t) {
    echo "$layout:\n";
    images_put($t, 'a.png', images_png(2, 2, 1));
    $t['pdo']->exec("INSERT INTO pimsync_media_state (entity_id, sku, generation, images, jobs, run_id) VALUES (" . sync_entity_id($t, 'A') . ", 'A', '00000000000000e2', 1, 1, 1)");
    $old = images_apply($t, images_job($t, 'A', [images_img('a', 'a.png', 'a.png', 1)], null, '00000000000000e1'));
    echo images_counts($old), " rows_written=", $old['rows_written'], "\n";
    echo images_gallery($t, 'A'), images_files($t);
    echo images_counts(images_apply($t, images_job($t, 'A', [images_img('a', 'a.png', 'a.png', 1)], null, '00000000000000e2'))), "\n";
    echo images_gallery($t, 'A');
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_obsolete_basic');
?>
--EXPECT--
entity_id:
status=skipped_obsolete attached=0 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0 rows_written=0
  (none)
  (no files)
status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
  /a/_/a.png -@1
row_id:
status=skipped_obsolete attached=0 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0 rows_written=0
  (none)
  (no files)
status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
  /a/_/a.png -@1
