--TEST--
Images: a file name that tries to leave the media root (../, an absolute path, a NUL byte, a backslash, only dots) is refused with reason_kind bad_file_name and a reason; nothing lands outside catalog/product and the rest of the job goes on
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_bad_file_name_error', ['A']) as $layout => $t) {
    echo "$layout:\n";
    $names = ['../../../evil.png', '/tmp/evil.png', "ok\0evil.png", 'dir\\evil.png', '..', 'good.png'];
    $images = [];
    foreach ($names as $i => $name) {
        images_put($t, "f$i.png", images_png(2, 2, $i));
        $images[] = images_img("r$i", "f$i.png", $name, $i + 1);
    }
    $r = images_apply($t, images_job($t, 'A', $images));
    echo images_counts($r), "\n";
    foreach ($r['failed'] as $f) {
        echo "  {$f['ref']}: {$f['reason_kind']}: {$f['reason']}", $f['retryable'] ? ' (retryable)' : '', "\n";
    }
    echo images_gallery($t, 'A'), images_files($t);
    // nothing written beside the media tree
    echo "outside: ", json_encode(array_values(array_diff(scandir("{$t['dir']}/media"), ['.', '..', 'catalog']))),
        ", evil files: ", count(glob("{$t['dir']}/*evil*") ?: []) + (int) file_exists('/tmp/evil.png'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_bad_file_name_error');
?>
--EXPECT--
entity_id:
status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0 failed=5
  r0: bad_file_name: the file name "../../../evil.png" is a path (it has a slash)
  r1: bad_file_name: the file name "/tmp/evil.png" is a path (it has a slash)
  r2: bad_file_name: the file name contains a NUL byte
  r3: bad_file_name: the file name "dir\evil.png" is a path (it has a backslash)
  r4: bad_file_name: the file name ".." is empty or only dots
  /g/o/good.png -@6
  /g/o/good.png
outside: [], evil files: 0
row_id:
status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0 failed=5
  r0: bad_file_name: the file name "../../../evil.png" is a path (it has a slash)
  r1: bad_file_name: the file name "/tmp/evil.png" is a path (it has a slash)
  r2: bad_file_name: the file name contains a NUL byte
  r3: bad_file_name: the file name "dir\evil.png" is a path (it has a backslash)
  r4: bad_file_name: the file name ".." is empty or only dots
  /g/o/good.png -@6
  /g/o/good.png
outside: [], evil files: 0
