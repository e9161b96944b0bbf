--TEST--
Images: a malformed image job is refused with reason_kind malformed_job and a reason naming the field (invalid JSON, wrong version, a missing or mistyped field, a bad generation, a chunk past chunks, a ref listed twice or missing from keep, a bad store key); nothing is written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
$t = images_setups('image_job_malformed_error', ['A'])['entity_id'];
$good = json_decode(images_job($t, 'A', [images_img('r', 'r.png', 'r.png', 1)]), true);
$img = $good['images'][0];
$cases = [
    'not json' => '{"v":1,',
    'a list' => '[1]',
    'version 2' => ['v' => 2] + $good,
    'no sku' => array_diff_key($good, ['sku' => 1]),
    'entity a string' => ['entity' => '12'] + $good,
    'generation short' => ['generation' => 'abc'] + $good,
    'generation upper' => ['generation' => '00000000000000AA'] + $good,
    'chunk past chunks' => ['chunk' => 3, 'chunks' => 2] + $good,
    'source ftp' => ['images' => [['source' => 'ftp'] + $img]] + $good,
    'url image without url' => ['images' => [['source' => 'url'] + $img]] + $good,
    'position 0' => ['images' => [['position' => 0] + $img]] + $good,
    'ref twice' => ['images' => [$img, ['position' => 2] + $img]] + $good,
    'ref not in keep' => ['keep' => ['other']] + $good,
    'store key' => ['images' => [['labels' => ['fr' => 'x']] + $img]] + $good,
    'roles not a list' => ['images' => [['roles' => ['2' => 'image']] + $img]] + $good,
    'file missing' => ['images' => [array_diff_key($img, ['file' => 1])]] + $good,
];
foreach ($cases as $what => $job) {
    $r = images_apply($t, is_string($job) ? $job : json_encode($job));
    echo "$what: {$r['status']} {$r['reason_kind']}: {$r['reason']}\n";
}
echo "written: ", sync_count($t, 'catalog_product_entity_media_gallery') + sync_count($t, 'pimsync_media_link'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('image_job_malformed_error');
?>
--EXPECT--
not json: refused malformed_job: malformed image job: invalid JSON at line 1, column 7: string or '}' expected near end of file
a list: refused malformed_job: malformed image job: the job must be a JSON object
version 2: refused malformed_job: malformed image job: "v" is 2; this pimsync reads version 1
no sku: refused malformed_job: malformed image job: "sku" must be a non-empty string
entity a string: refused malformed_job: malformed image job: "entity" must be an integer of at least 1
generation short: refused malformed_job: malformed image job: "generation" must be 16 lowercase hex digits
generation upper: refused malformed_job: malformed image job: "generation" must be 16 lowercase hex digits
chunk past chunks: refused malformed_job: malformed image job: "chunk" 3 is past "chunks" 2
source ftp: refused malformed_job: malformed image job: images[0]."source" must be "akeneo" or "url"
url image without url: refused malformed_job: malformed image job: images[0]."url" is required for a url image
position 0: refused malformed_job: malformed image job: images[0]."position" must be an integer of at least 1
ref twice: refused malformed_job: malformed image job: images[1]."ref" "r" is listed twice
ref not in keep: refused malformed_job: malformed image job: images[0]."ref" "r" is not in "keep"
store key: refused malformed_job: malformed image job: images[0]."labels" has the key "fr", not a store id
roles not a list: refused malformed_job: malformed image job: images[0]."roles"."2" must be a list of role codes
file missing: refused malformed_job: malformed image job: images[0]."file" must be a string
written: 0
