#include <string.h>
#include "stop_signals.h"

static volatile sig_atomic_t requested;
static struct sigaction previous_term, previous_int;

/* Not chained to the handler installed before: in PHP that is zend_signal's,
 * which carries out the default action (the end of the process) unless pcntl
 * registered a handler; the worker's loop is the handler while it runs. */
static void on_stop(int signo)
{
	if (requested) {
		/* asked twice: stop now, as without pimsync */
		sigaction(signo, signo == SIGTERM ? &previous_term : &previous_int, NULL);
		raise(signo);
		return;
	}
	requested = signo;
}

void pimsync_stop_signals_begin(pimsync_stop_signals *s)
{
	struct sigaction act;
	memset(&act, 0, sizeof(act));
	act.sa_handler = on_stop;
	act.sa_flags = SA_RESTART;
	sigemptyset(&act.sa_mask);
	requested = 0;
	sigaction(SIGTERM, &act, &s->old_term);
	sigaction(SIGINT, &act, &s->old_int);
	previous_term = s->old_term;
	previous_int = s->old_int;
	s->installed = true;
}

void pimsync_stop_signals_end(pimsync_stop_signals *s)
{
	if (!s->installed) return;
	sigaction(SIGTERM, &s->old_term, NULL);
	sigaction(SIGINT, &s->old_int, NULL);
	s->installed = false;
}

int pimsync_stop_requested(void)
{
	return requested;
}

const char *pimsync_stop_signal_name(int signo)
{
	return signo == SIGTERM ? "SIGTERM" : signo == SIGINT ? "SIGINT" : NULL;
}
