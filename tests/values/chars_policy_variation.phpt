--TEST--
Engine::sync: emoji into Magento's utf8mb3 columns follow unsupported_characters (replace, strip, reject_value) identically on the LOAD DATA path, the INSERT path and a Magento-style connection (SET NAMES utf8, sql_mode ''), on create and on update; each occurrence is reported; a utf8mb4 catalog stores them as sent
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$create = "Rocket 🚀 mug, café ☕";       // one 4-byte character, one 3-byte (fits utf8mb3)
$update = "Rocket 🚀🚀 mug 😀";           // three 4-byte characters
$connections = ['load_data' => fn (array $t) => $t, 'insert' => fn (array $t) => sync_insert_path($t),
    'magento' => fn (array $t) => sync_insert_path($t, true)];
$results = [];
foreach (['replace', 'strip', 'reject_value'] as $policy) {
    foreach ($connections as $path => $connect) {
        $t = $connect(sync_setup("chars_{$policy}_$path", false, ['unsupported_characters' => $policy]));
        sync_feed($t, [sync_product('E1', ['name' => [sync_v('Plain', 'en_US')], 'description' => [sync_v($create, 'en_US')]])]);
        $r1 = sync_run($t);
        $first = sync_values($t, 'E1', 'description');
        sync_feed($t, [sync_product('E1', ['name' => [sync_v('Plain', 'en_US')], 'description' => [sync_v($update, 'en_US')]])]);
        $r2 = sync_run($t);
        $results[$policy][$path] = [
            "{$r1->status}/{$r2->status} created={$r1->counts['created']} loadData=" . var_export($r1->loadData, true),
            $first, sync_values($t, 'E1', 'description'), sync_issues($t),
            $r2->valueIssues['by_kind'],
        ];
        sync_clean("chars_{$policy}_$path");
    }
    // the three write paths store the same bytes and report the same issues
    $same = $results[$policy]['load_data'];
    foreach (['insert', 'magento'] as $path) {
        $other = $results[$policy][$path];
        var_dump(array_slice($other, 1) === array_slice($same, 1));
    }
    echo "== $policy: ", $same[0], "\n";
    echo 'created: ', json_encode($same[1], JSON_UNESCAPED_UNICODE), "\n";
    echo 'updated: ', json_encode($same[2], JSON_UNESCAPED_UNICODE), "\n";
    echo $same[3], json_encode($same[4]), "\n";
}
echo "== utf8mb4 catalog\n";
foreach (['load_data' => fn (array $t) => $t, 'magento' => fn (array $t) => sync_insert_path($t, true)] as $path => $connect) {
    $t = $connect(sync_setup("chars_mb4_$path", false, [], 'utf8mb4'));
    sync_feed($t, [sync_product('E1', ['name' => [sync_v('Plain', 'en_US')], 'description' => [sync_v($update, 'en_US')]])]);
    $r = sync_run($t);
    $t['pdo'] = pimsync_test_pdo(pimsync_test_db_name("chars_mb4_$path")); // read back over utf8mb4
    var_dump(sync_values($t, 'E1', 'description')[0] === $update, $r->valueIssues['count']);
    sync_clean("chars_mb4_$path");
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['replace', 'strip', 'reject_value'] as $policy) {
    foreach (['load_data', 'insert', 'magento'] as $path) sync_clean("chars_{$policy}_$path");
}
sync_clean('chars_mb4_load_data');
sync_clean('chars_mb4_magento');
?>
--EXPECT--
bool(true)
bool(true)
== replace: success/success created=1 loadData=true
created: ["Rocket � mug, café ☕","Rocket � mug, café ☕"]
updated: ["Rocket �� mug �","Rocket �� mug �"]
E1 description 0 characters adjusted: 1 character the utf8mb3 column cannot hold replaced by U+FFFD (unsupported_characters: replace)
E1 description 1 characters adjusted: 1 character the utf8mb3 column cannot hold replaced by U+FFFD (unsupported_characters: replace)
E1 description 0 characters adjusted: 3 characters the utf8mb3 column cannot hold replaced by U+FFFD (unsupported_characters: replace)
E1 description 1 characters adjusted: 3 characters the utf8mb3 column cannot hold replaced by U+FFFD (unsupported_characters: replace)
{"characters":2}
bool(true)
bool(true)
== strip: success/success created=1 loadData=true
created: ["Rocket  mug, café ☕","Rocket  mug, café ☕"]
updated: ["Rocket  mug ","Rocket  mug "]
E1 description 0 characters adjusted: 1 character the utf8mb3 column cannot hold removed (unsupported_characters: strip)
E1 description 1 characters adjusted: 1 character the utf8mb3 column cannot hold removed (unsupported_characters: strip)
E1 description 0 characters adjusted: 3 characters the utf8mb3 column cannot hold removed (unsupported_characters: strip)
E1 description 1 characters adjusted: 3 characters the utf8mb3 column cannot hold removed (unsupported_characters: strip)
{"characters":2}
bool(true)
bool(true)
== reject_value: success/success created=1 loadData=true
created: []
updated: []
E1 description 0 characters left_out: 1 character (emoji or others beyond U+FFFF) that the utf8mb3 column catalog_product_entity_text.value cannot hold; the value was left out (unsupported_characters: reject_value)
E1 description 1 characters left_out: 1 character (emoji or others beyond U+FFFF) that the utf8mb3 column catalog_product_entity_text.value cannot hold; the value was left out (unsupported_characters: reject_value)
E1 description 0 characters left_out: 3 characters (emoji or others beyond U+FFFF) that the utf8mb3 column catalog_product_entity_text.value cannot hold; the value was left out (unsupported_characters: reject_value)
E1 description 1 characters left_out: 3 characters (emoji or others beyond U+FFFF) that the utf8mb3 column catalog_product_entity_text.value cannot hold; the value was left out (unsupported_characters: reject_value)
{"characters":2}
== utf8mb4 catalog
bool(true)
int(0)
bool(true)
int(0)
