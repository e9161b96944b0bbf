--TEST--
Engine::sync: ERP CSV value maps ("Active" => true for the status, "X" => true for a yes/no attribute) and "empty": "null" (an empty cell clears the value; "skip" leaves it); a status cell that cannot be read parks the row
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_value_map_basic', ['sku' => 'sku', 'enabled' => ['column' => 'Status', 'map' => ['Active' => true, 'Blocked' => false]],
    'attributes' => [
        'name' => 'name',
        'is_featured' => ['column' => 'Featured', 'type' => 'boolean', 'map' => ['X' => true, '-' => false]],
        'description' => ['column' => 'Text', 'empty' => 'null'],
        'meta_title' => ['column' => 'Title'],
    ]]);
sync_attr($t, 'is_featured', 'int', 'boolean', 1);
csv_write($t, "sku,name,Status,Featured,Text,Title\nA,Hat,Active,X,Warm,Hat title\nB,Cap,Blocked,-,Light,Cap title\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'status'), sync_dump($t, 'is_featured'), sync_dump($t, 'description'), sync_dump($t, 'meta_title');
// empty cells: "null" clears the description, "skip" keeps the title as it is
csv_write($t, "sku,name,Status,Featured,Text,Title\nA,Hat,Active,X,,\nB,Cap,Blocked,-,Light,Cap title\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'description'), sync_dump($t, 'meta_title');
// a status the map and yes/no do not know is never guessed (enabled would undo the ERP's block)
csv_write($t, "sku,name,Status,Featured,Text,Title\nA,Hat,Active,X,,\nB,Cap 2,Paused,-,Light,Cap title\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo csv_dead_letters($t), sync_dump($t, 'status'), sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_value_map_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
A 0 1
B 0 2
A 0 1
B 0 0
A 0 'Warm'
B 0 'Light'
A 0 'Hat title'
B 0 'Cap title'
success seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0
B 0 'Light'
A 0 'Hat title'
B 0 'Cap title'
partial seen=2 created=0 updated=0 unchanged=1 disabled=0 failed=1
line 3 | line 3, column "Status": "Paused" is not a status (1/0, true/false, yes/no, y/n, or a value of its map) | "B,Cap 2,Paused,-,Light,Cap title"
A 0 1
B 0 2
A 0 'Hat'
B 0 'Cap'
