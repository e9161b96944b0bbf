--TEST--
Images: an owned image whose ref is not in keep leaves the gallery (its rows and a role that named it); its file is deleted only once no gallery row of any product uses it
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_remove_basic', ['A', 'B']) as $layout => $t) {
    echo "$layout:\n";
    images_put($t, 'shared.png', images_png(3, 3, 1));
    images_put($t, 'own.png', images_png(3, 3, 2));
    $shared = images_img('s', 'shared.png', 'shared.png', 1, ['0' => ['thumbnail']]);
    images_apply($t, images_job($t, 'A', [$shared, images_img('o', 'own.png', 'own.png', 2)]));
    images_apply($t, images_job($t, 'B', [$shared]));
    // A drops both: the shared file stays for B, A's own file goes
    $r = images_apply($t, images_job($t, 'A', [], [], '00000000000000c2'));
    echo images_counts($r), "\n";
    echo "A:\n", images_gallery($t, 'A'), images_roles($t, 'A'), "B:\n", images_gallery($t, 'B'), images_roles($t, 'B');
    echo "files:\n", images_files($t);
    $r = images_apply($t, images_job($t, 'B', [], [], '00000000000000c3'));
    echo images_counts($r), "\n";
    echo "files:\n", images_files($t);
    echo "gallery rows: ", sync_count($t, 'catalog_product_entity_media_gallery'), ", value rows: ", sync_count($t, 'catalog_product_entity_media_gallery_value'),
        ", links: ", sync_count($t, 'catalog_product_entity_media_gallery_value_to_entity'), ", owned: ", sync_count($t, 'pimsync_media_link'),
        ", files known: ", sync_count($t, 'pimsync_media_file'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_remove_basic');
?>
--EXPECT--
entity_id:
status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=2 files_written=0 files_deleted=1
A:
  (none)
  (no roles)
B:
  /s/h/shared.png -@1
  store 0: thumbnail=/s/h/shared.png
files:
  /s/h/shared.png
status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=1 files_written=0 files_deleted=1
files:
  (no files)
gallery rows: 0, value rows: 0, links: 0, owned: 0, files known: 0
row_id:
status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=2 files_written=0 files_deleted=1
A:
  (none)
  (no roles)
B:
  /s/h/shared.png -@1
  store 0: thumbnail=/s/h/shared.png
files:
  /s/h/shared.png
status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=1 files_written=0 files_deleted=1
files:
  (no files)
gallery rows: 0, value rows: 0, links: 0, owned: 0, files known: 0
