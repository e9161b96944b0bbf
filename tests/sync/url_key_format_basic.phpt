--TEST--
Engine::sync: a url key made from the name is what Magento's Product\Url::formatUrlKey() makes of it (Translit table, glibc iconv)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
// name => formatUrlKey(name), as a Magento 2.4.7-p7 (PHP iconv: glibc) returned them
$magento = [
    'Hello World' => 'hello-world',
    'Ärger über Öl' => 'arger-uber-ol',
    'Straße' => 'strasse',
    'Æble Ørsted' => 'aeble-orsted',
    'Ça va? Très bien!' => 'ca-va-tres-bien',
    'Привет мир' => 'privet-mir',
    'Γειά σου' => 'geia-sou',
    'emoji 😀 rocket 🚀' => 'emoji-rocket',
    '  trailing--dashes--  ' => 'trailing-dashes',
    'UPPER_case_underscore' => 'upper-case-underscore',
    'a&b+c/d\\e' => 'a-b-c-d-e',
    '100% cotton' => '100-cotton',
    'café-crème' => 'cafe-creme',
    'Łódź Żółć' => 'lodz-zolc',
    'İstanbul ığdır' => 'istanbul-igdir',
    'Ærø ÅSE øl' => 'aero-ase-ol',
    'Hà Nội Việt Nam' => 'ha-n-i-vi-t-nam',
    'a &amp; b' => 'a-and-b',
    'Crème brûlée 12½' => 'creme-brulee-12',
    '€100 £50 ¥20 ©®™' => '100-50-20-crtm',
    'naïve coöperate' => 'naive-cooperate',
    'ÀÁÂÃÄÅ àáâãäå' => 'aaa-aa-aaa-aa',
    'Þór Ðóra' => 'or-ora',
    'ﬁ ligature' => 'ligature',
    'Ω ohm µ micro' => 'o-ohm-micro',
];
$t = sync_setup('url_key_format_basic');
$feed = [];
$i = 0;
foreach ($magento as $name => $key) {
    $feed[] = sync_product('F' . ++$i, ['name' => [sync_v($name, 'en_US')]]);
}
sync_feed($t, $feed);
echo sync_counts(sync_run($t)), "\n";
$i = 0;
$wrong = 0;
foreach ($magento as $name => $key) {
    $got = sync_values($t, 'F' . ++$i, 'url_key')[0] ?? null;
    if ($got !== $key) {
        echo json_encode($name, JSON_UNESCAPED_UNICODE), ": Magento makes '$key', pimsync made ", var_export($got, true), "\n";
        $wrong++;
    }
}
echo "differ from Magento: $wrong of ", count($magento), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('url_key_format_basic');
?>
--EXPECT--
seen=25 created=25 updated=0 unchanged=0 disabled=0 failed=0
differ from Magento: 0 of 25
