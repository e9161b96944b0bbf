/* Finds the line of a field in a JSON text, so that a config error can say
 * "config.json:12" even though jansson keeps no positions for values.
 * A tiny scanner: it tracks the key path of objects and returns the line
 * where the wanted key starts. An array keeps the path of its parent, unless
 * the path names an element by its index ("transformations", "[2]", "uom"). */
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

/* How many elements of path the containers open at a key match (a key at
 * level `depth - 1`): an object matches by its current key, an array by its
 * current index when the path names one ("[2]"), else it keeps its parent's
 * path. full is set when the whole path matched. */
static int path_match(char keys[][128], const int *index, const bool *in_object, int depth, const char *const *path,
                      bool *full)
{
	int p = 0;
	*full = false;
	for (int i = 0; i < depth; i++) {
		if (in_object[i]) {
			if (!path[p] || strcmp(keys[i], path[p]) != 0) return i == depth - 1 ? p : -1;
			p++;
		} else if (path[p] && path[p][0] == '[') {
			char want[16];
			snprintf(want, sizeof(want), "[%d]", index[i]);
			if (strcmp(want, path[p]) != 0) return -1;
			p++;
		}
	}
	*full = path[p] == NULL;
	return p;
}

static bool path_indexed(const char *const *path)
{
	for (int i = 0; path[i]; i++) if (path[i][0] == '[') return true;
	return false;
}

int pimsync_json_locate_line(const char *json, size_t len, const char *const *path)
{
	scanner s = { json, json + len, 1 };
	char keys[LOCATE_MAX_DEPTH][128];
	int index[LOCATE_MAX_DEPTH];
	bool in_object[LOCATE_MAX_DEPTH];
	int depth = 0;       /* containers open */
	int best = 0, best_matched = 0;
	bool expect_key = false, indexed = path_indexed(path), full;

	while (s.p < s.end) {
		skip_ws(&s);
		if (s.p >= s.end) break;
		char c = *s.p;
		if (indexed && depth > 0 && !in_object[depth - 1] && c != ']' && c != ',') {
			/* an array element starts: the line of "[2]" when the key below it is absent */
			int m = path_match(keys, index, in_object, depth, path, &full);
			if (m > best_matched) { best_matched = m; best = s.line; }
		}
		if (c == '{' || c == '[') {
			if (depth >= LOCATE_MAX_DEPTH) return best;
			in_object[depth] = (c == '{');
			index[depth] = 0;
			keys[depth][0] = '\0';
			depth++;
			expect_key = (c == '{');
			s.p++;
		} else if (c == '}' || c == ']') {
			if (depth == 0) return best;
			depth--;
			s.p++;
		} else if (c == ',') {
			expect_key = depth > 0 && in_object[depth - 1];
			if (depth > 0 && !in_object[depth - 1]) index[depth - 1]++;
			s.p++;
		} else if (c == ':') {
			s.p++;
		} else if (c == '"') {
			int line = s.line;
			if (expect_key) {
				if (!read_string(&s, keys[depth - 1], sizeof(keys[depth - 1]))) return best;
				expect_key = false;
				int m = path_match(keys, index, in_object, depth, path, &full);
				if (full) return line;
				if (indexed) {
					/* the deepest parent on the path is the best fallback when the leaf is absent */
					if (m > best_matched) { best_matched = m; best = line; }
				} else if (depth == 1 && path[0] && strcmp(keys[0], path[0]) == 0 && best == 0) {
					/* a parent on the path is the best fallback when the leaf is absent */
					best = line;
				}
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
