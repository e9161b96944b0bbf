#include "php.h"
#include "value_issue.h"

static const char *const action_names[] = { "left_out", "adjusted", "filled", "hidden" };

const char *pimsync_issue_action_name(pimsync_issue_action action)
{
	return action_names[action];
}

void pimsync_issue_add(pimsync_issue_list *l, zend_string *attribute, zend_long store_id, const char *kind,
                       pimsync_issue_action action, zend_string *message)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->items = erealloc(l->items, l->cap * sizeof(pimsync_value_issue));
	}
	pimsync_value_issue *i = &l->items[l->n++];
	i->attribute = zend_string_copy(attribute);
	i->store_id = store_id;
	i->kind = kind;
	i->action = action;
	i->message = message;
	if (action == PIMSYNC_ISSUE_LEFT_OUT) l->left_out = true;
}

void pimsync_issue_addf(pimsync_issue_list *l, zend_string *attribute, zend_long store_id, const char *kind,
                        pimsync_issue_action action, const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *message = zend_vstrpprintf(0, format, args);
	va_end(args);
	pimsync_issue_add(l, attribute, store_id, kind, action, message);
}

void pimsync_issue_list_free(pimsync_issue_list *l)
{
	for (uint32_t i = 0; i < l->n; i++) {
		zend_string_release(l->items[i].attribute);
		zend_string_release(l->items[i].message);
	}
	if (l->items) efree(l->items);
	memset(l, 0, sizeof(*l));
}
