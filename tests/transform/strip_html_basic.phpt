--TEST--
Transformations: "strip_html" removes tags, comments, script and style elements, turns block tags into one line break (none at either end), decodes entities; text without tags or entities ("a < b") is left alone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_strip_html_basic', false, ['transformations' => [['attributes' => ['description'], 'strip_html' => true]]]);
$values = [
    'P1' => '<p>Warm &amp; soft</p><ul><li>wool</li><li>silk</li></ul>',
    'P2' => '<b>Bold</b> and <i>it</i>al<br/>next <a href="/x?a=1&b=2" title="a>b">link</a>',
    'P3' => '<script>alert("<p>")</script><style>p { color: red }</style>Safe<!-- <p>hidden</p> -->',
    'P4' => 'Caf&eacute; &#8364;5&nbsp;only',
    'P5' => 'a < b > c, AT&T',
    'P6' => "Plain\ntext",
];
$feed = [];
foreach ($values as $sku => $v) {
    $feed[] = sync_product($sku, ['description' => [sync_v($v)]]);
}
sync_feed($t, $feed);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach (array_keys($values) as $sku) {
    /* &nbsp; is the no-break space U+00A0 (collapse_whitespace would make it a space) */
    echo $sku, ' ', str_replace("\u{00A0}", '<U+00A0>', json_encode(sync_values($t, $sku, 'description')[0], JSON_UNESCAPED_UNICODE)), "\n";
}
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_strip_html_basic');
?>
--EXPECT--
success seen=6 created=6 updated=0 unchanged=0 disabled=0 failed=0
P1 "Warm & soft\nwool\nsilk"
P2 "Bold and ital\nnext link"
P3 "Safe"
P4 "Café €5<U+00A0>only"
P5 "a < b > c, AT&T"
P6 "Plain\ntext"
{"description":{"strip_html":4}}
