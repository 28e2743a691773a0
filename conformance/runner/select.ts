/**
 * @module
 * Case selection by `--filter` (spec/conformance.md §Running). A pattern
 * with `*` or `?` is a glob over the whole case id (`*` any run of
 * characters, `?` one character); any other pattern matches as a substring.
 * Several patterns separated by commas select the union.
 */

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * A predicate over case ids for `filter`; everything matches when `filter`
 * is undefined or empty.
 * @example caseFilter('transport/*')('transport/healthz') // true
 */
export function caseFilter(filter: string | undefined): (id: string) => boolean {
  const patterns = (filter ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (patterns.length === 0) return () => true;
  const tests = patterns.map((p) => {
    if (/[*?]/.test(p)) {
      const re = globToRegExp(p);
      return (id: string) => re.test(id);
    }
    return (id: string) => id.includes(p);
  });
  return (id) => tests.some((t) => t(id));
}
