/* Opening a source file (a JSON-lines feed, a CSV export): a regular file
 * only, so that a FIFO, a device or a directory is refused at once instead
 * of being read forever or failing half-way; read sequentially. */
#ifndef PIMSYNC_SOURCE_FILE_H
#define PIMSYNC_SOURCE_FILE_H

#include "errors.h"

/* A file descriptor, or -1 with err naming the path and why. */
int pimsync_source_file_open(const char *path, pimsync_error *err);

#endif
