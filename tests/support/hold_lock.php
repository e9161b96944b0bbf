<?php
// Holds a database's pimsync run lock for a while, as another run would:
//   php hold_lock.php DATABASE SECONDS   (prints "held" once it has the lock)
//   php hold_lock.php DATABASE stdin     (holds it until its standard input closes)
declare(strict_types=1);
require __DIR__ . '/db.inc';
[, $db, $seconds] = $argv;
$pdo = pimsync_test_pdo($db);
if ((int) $pdo->query("SELECT GET_LOCK('pimsync:$db:sync', 10)")->fetchColumn() !== 1) {
    exit(1);
}
echo "held\n";
if ($seconds === 'stdin') {
    stream_get_contents(STDIN);
} else {
    usleep((int) ((float) $seconds * 1e6));
}
// exiting closes the connection: the server frees the lock
