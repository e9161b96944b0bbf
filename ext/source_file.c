#include "php.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "source_file.h"

static const char *file_kind(mode_t mode)
{
	if (S_ISFIFO(mode)) return "a FIFO";
	if (S_ISCHR(mode)) return "a character device";
	if (S_ISBLK(mode)) return "a block device";
	if (S_ISDIR(mode)) return "a directory";
	if (S_ISSOCK(mode)) return "a socket";
	return "not a regular file";
}

int pimsync_source_file_open(const char *path, pimsync_error *err)
{
	struct stat sb;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer before it can be refused */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		pimsync_error_set(err, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) != 0) {
		pimsync_error_set(err, "cannot stat %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	/* a stream that never ends (/dev/zero, a FIFO) or is no file at all */
	if (!S_ISREG(sb.st_mode)) {
		pimsync_error_set(err, "%s is %s: a source must be a regular file", path, file_kind(sb.st_mode));
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
#ifdef POSIX_FADV_SEQUENTIAL
	posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
	return fd;
}
