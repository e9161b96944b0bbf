--TEST--
Images: a replaced image (its role now names a new ref) keeps its row, disabled in every store and retired with the run, until images.keep_replaced_hours pass; the purge then removes its rows and its file
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_replace_basic', ['A']) as $layout => $t) {
    echo "$layout:\n";
    images_put($t, 'old.png', images_png(3, 3, 1));
    images_put($t, 'new.png', images_png(3, 3, 2));
    $roles = ['0' => ['image', 'small_image', 'thumbnail']];
    images_apply($t, images_job($t, 'A', [images_img('old', 'old.png', 'front.png', 1, $roles, ['0' => 'Old', '2' => 'Ancien'])]));
    $r = images_apply($t, images_job($t, 'A', [images_img('new', 'new.png', 'front.png', 1, $roles, ['0' => 'New'])], null, '00000000000000b2', 8));
    echo images_counts($r), "\n";
    echo "admin:\n", images_gallery($t, 'A', 0), "fr:\n", images_gallery($t, 'A', 2);
    echo "roles:\n", images_roles($t, 'A');
    echo "retired by run: ", $t['pdo']->query('SELECT retired_run_id FROM pimsync_media_link WHERE retired_at IS NOT NULL')->fetchColumn(), "\n";
    echo "files:\n", images_files($t);
    // within keep_replaced_hours (24 by default) the purge keeps it
    echo "purge now: ", json_encode(sync_engine($t)->purgeRetiredImages()), "\n";
    $t['pdo']->exec('UPDATE pimsync_media_link SET retired_at = NOW() - INTERVAL 25 HOUR WHERE retired_at IS NOT NULL');
    echo "purge after 25 h: ", json_encode(sync_engine($t)->purgeRetiredImages()), "\n";
    echo "admin:\n", images_gallery($t, 'A', 0);
    echo "files:\n", images_files($t);
    echo "gallery rows: ", sync_count($t, 'catalog_product_entity_media_gallery'), ", value rows: ", sync_count($t, 'catalog_product_entity_media_gallery_value'),
        ", owned: ", sync_count($t, 'pimsync_media_link'), ", files known: ", sync_count($t, 'pimsync_media_file'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_replace_basic');
?>
--EXPECT--
entity_id:
status=applied attached=1 reused=0 updated=0 restored=0 retired=1 removed=0 files_written=1 files_deleted=0
admin:
  /f/r/front.png Old@1 disabled
  /f/r/front_1.png New@1
fr:
  /f/r/front.png Ancien@1 disabled
  /f/r/front_1.png New@1
roles:
  store 0: image=/f/r/front_1.png small_image=/f/r/front_1.png thumbnail=/f/r/front_1.png
retired by run: 8
files:
  /f/r/front.png
  /f/r/front_1.png
purge now: {"purged":0,"files_deleted":0}
purge after 25 h: {"purged":1,"files_deleted":1}
admin:
  /f/r/front_1.png New@1
files:
  /f/r/front_1.png
gallery rows: 1, value rows: 1, owned: 1, files known: 1
row_id:
status=applied attached=1 reused=0 updated=0 restored=0 retired=1 removed=0 files_written=1 files_deleted=0
admin:
  /f/r/front.png Old@1 disabled
  /f/r/front_1.png New@1
fr:
  /f/r/front.png Ancien@1 disabled
  /f/r/front_1.png New@1
roles:
  store 0: image=/f/r/front_1.png small_image=/f/r/front_1.png thumbnail=/f/r/front_1.png
retired by run: 8
files:
  /f/r/front.png
  /f/r/front_1.png
purge now: {"purged":0,"files_deleted":0}
purge after 25 h: {"purged":1,"files_deleted":1}
admin:
  /f/r/front_1.png New@1
files:
  /f/r/front_1.png
gallery rows: 1, value rows: 1, owned: 1, files known: 1
