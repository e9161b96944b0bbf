<?php
// One sync in its own process, as cron or a second terminal would start it:
//   php sync_child.php DATABASE CONFIG_FILE MODE [BATCH_SIZE]
// Prints "started", then one JSON line: {status, counts} or {exception, message}.
// Exits 0 on a finished run, 75 when another run holds the lock, 1 otherwise.
declare(strict_types=1);
require __DIR__ . '/db.inc';
[, $db, $configFile, $mode] = $argv;
$options = ['mode' => $mode] + (isset($argv[4]) ? ['batch_size' => (int) $argv[4]] : []);
$pdo = pimsync_test_pdo($db);
echo "started\n";
try {
    $r = (new PimSync\Engine($pdo, PimSync\Config::fromFile($configFile)))->sync($options);
    echo json_encode(['status' => $r->status, 'counts' => $r->counts]), "\n";
    exit(0);
} catch (PimSync\Exception $e) {
    echo json_encode(['exception' => get_class($e), 'message' => $e->getMessage()]), "\n";
    exit($e instanceof PimSync\LockedException ? 75 : 1);
}
