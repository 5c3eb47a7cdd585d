import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import es from './es.json';

/**
 * Chrome refuses to load an extension whose messages.json has a "$name$"
 * placeholder that is not declared; "$1$2" reads as the placeholder "$1$".
 * We use positional substitutions only, so no "$…$" pair may appear.
 */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe.each([
  ['en', en],
  ['es', es],
  ['de', de],
] as const)('%s messages load in Chrome', (_lang, catalogue) => {
  it('have no "$…$" sequence Chrome would read as an undeclared placeholder', () => {
    const bad = leaves(catalogue).filter(([, message]) => /\$[A-Za-z0-9_@]+\$/.test(message.replaceAll('$$', '')));
    expect(bad).toEqual([]);
  });
});
