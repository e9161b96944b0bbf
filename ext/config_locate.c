/* Finds the line of a field in a JSON text, so that a config error can say
 * "config.json:12" even though jansson keeps no positions for values.
 * A tiny scanner: it tracks the key path of objects only (arrays keep the
 * path of their parent) and returns the line where the wanted key starts. */
#include "php.h"
#include "sync_config.h"

#define LOCATE_MAX_DEPTH 32

typedef struct {
	const char *p, *end;
	int line;
} scanner;

static void skip_ws(scanner *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r')) {
		if (*s->p == '\n') {
			s->line++;
		}
		s->p++;
	}
}

/* Reads a string token; copies up to cap-1 bytes of its raw content into buf. */
static bool read_string(scanner *s, char *buf, size_t cap)
{
	size_t n = 0;
	s->p++; /* opening quote */
	while (s->p < s->end && *s->p != '"') {
		if (*s->p == '\\' && s->p + 1 < s->end) {
			if (n + 1 < cap) buf[n++] = s->p[1];
			s->p += 2;
			continue;
		}
		if (*s->p == '\n') s->line++;
		if (n + 1 < cap) buf[n++] = *s->p;
		s->p++;
	}
	if (cap) buf[n < cap ? n : cap - 1] = '\0';
	if (s->p >= s->end) return false;
	s->p++;
	return true;
}

static bool path_matches(char keys[][128], int depth, const char *const *path)
{
	int i;
	for (i = 0; i < depth; i++) {
		if (path[i] == NULL || strcmp(keys[i], path[i]) != 0) return false;
	}
	return path[depth] == NULL;
}

int pimsync_json_locate_line(const char *json, size_t len, const char *const *path)
{
	scanner s = { json, json + len, 1 };
	char keys[LOCATE_MAX_DEPTH][128];
	bool in_object[LOCATE_MAX_DEPTH];
	int depth = 0;       /* containers open */
	int best = 0;
	bool expect_key = false;

	while (s.p < s.end) {
		skip_ws(&s);
		if (s.p >= s.end) break;
		char c = *s.p;
		if (c == '{' || c == '[') {
			if (depth >= LOCATE_MAX_DEPTH) return best;
			in_object[depth++] = (c == '{');
			expect_key = (c == '{');
			s.p++;
		} else if (c == '}' || c == ']') {
			if (depth == 0) return best;
			depth--;
			s.p++;
		} else if (c == ',') {
			expect_key = depth > 0 && in_object[depth - 1];
			s.p++;
		} else if (c == ':') {
			s.p++;
		} else if (c == '"') {
			int line = s.line;
			if (expect_key) {
				int slot = 0;
				for (int i = 0; i < depth - 1; i++) if (in_object[i]) slot++;
				if (slot >= LOCATE_MAX_DEPTH) return best;
				if (!read_string(&s, keys[slot], sizeof(keys[slot]))) return best;
				expect_key = false;
				if (path_matches(keys, slot + 1, path)) return line;
				/* a parent on the path is the best fallback when the leaf is absent */
				if (path[0] && strcmp(keys[0], path[0]) == 0 && best == 0) best = line;
			} else {
				char discard[1];
				if (!read_string(&s, discard, 0)) return best;
			}
		} else {
			s.p++;
		}
	}
	return best;
}
