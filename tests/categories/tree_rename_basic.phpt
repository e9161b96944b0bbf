--TEST--
Category tree: a renamed category gets its new names per store and keeps its url keys (as Magento does), unless categories.url_keys_follow_labels
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach ([false, true] as $follow) {
    $t = cat_setup('tree_rename_basic', false, ['categories' => ['url_keys_follow_labels' => $follow]]);
    cat_feed($t, [cat('master', null), cat('outdoor', 'master', ['en_US' => 'Outdoor', 'fr_FR' => 'Plein air']),
                  cat('tents', 'outdoor', ['en_US' => 'Tents'])]);
    sync_run($t);
    cat_feed($t, [cat('master', null), cat('outdoor', 'master', ['en_US' => 'Camping', 'fr_FR' => 'Camping (fr)']),
                  cat('tents', 'outdoor', ['en_US' => 'Tents'])]);
    $r = sync_run($t);
    echo "url_keys_follow_labels: ", json_encode($follow), "\n";
    echo 'renamed: ', implode(',', $r->categories['codes']['renamed']), "\n";
    echo cat_dump($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_rename_basic');
?>
--EXPECT--
url_keys_follow_labels: false
renamed: outdoor
(tree root)/(Default Category)/outdoor level=2 position=1 children=1
  name: 0=Camping | 2=Camping (fr)
  url_key: 0=outdoor | 2=plein-air
  url_path: 0=outdoor | 2=plein-air
(tree root)/(Default Category)/outdoor/tents level=3 position=1 children=0
  name: 0=Tents
  url_key: 0=tents
  url_path: 0=outdoor/tents | 2=plein-air/tents
url_keys_follow_labels: true
renamed: outdoor
(tree root)/(Default Category)/outdoor level=2 position=1 children=1
  name: 0=Camping | 2=Camping (fr)
  url_key: 0=camping | 2=camping-fr
  url_path: 0=camping | 2=camping-fr
(tree root)/(Default Category)/outdoor/tents level=3 position=1 children=0
  name: 0=Tents
  url_key: 0=tents
  url_path: 0=camping/tents | 2=camping-fr/tents