/* SIGTERM and SIGINT as a request to stop cleanly, for the long-running
 * image worker: while installed, the first such signal only sets a flag the
 * worker's loop reads between batches (the jobs in hand are finished and
 * acknowledged, no new ones are taken); a second one ends the process as the
 * default action would. While installed it replaces the process's handlers
 * (a pcntl_signal() handler too); the previous ones are restored afterwards. */
#ifndef PIMSYNC_STOP_SIGNALS_H
#define PIMSYNC_STOP_SIGNALS_H

#include <signal.h>
#include <stdbool.h>

typedef struct {
	struct sigaction old_term, old_int;
	bool installed;
} pimsync_stop_signals;

void pimsync_stop_signals_begin(pimsync_stop_signals *s);
void pimsync_stop_signals_end(pimsync_stop_signals *s);
/* The signal that asked to stop (SIGTERM, SIGINT), 0 when none has. */
int pimsync_stop_requested(void);
/* "SIGTERM", "SIGINT" or NULL. */
const char *pimsync_stop_signal_name(int signo);

#endif
