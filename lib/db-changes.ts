import { cmp, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';

/**
 * Which primary keys of one table a Dexie 'storagemutated' event reports as
 * written or deleted. Dexie reports single keys for small writes, and ranges
 * for large ones (50 records and more in one call), clear() and deleting by
 * range: those come back as 'all'. The event arrives for this page's writes
 * and, through a BroadcastChannel, for every other extension page's and the
 * background's, with its trees structured-cloned (plain objects).
 */
export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): Set<IndexableType> | 'all' {
  // Sent when a page comes back from the back/forward cache: anything may have changed.
  if ('all' in parts) return 'all';
  const keys = new Set<IndexableType>();
  for (const index of ['', ':dels']) {
    const tree = parts[`idb://${dbName}/${table}/${index}`];
    if (tree && collect(tree, keys) === 'all') return 'all';
  }
  return keys;
}

function collect(node: IntervalTree | null | undefined, into: Set<IndexableType>): 'all' | 'keys' {
  if (!node || !('from' in node)) return 'keys';
  if (cmp(node.from, node.to) !== 0) return 'all';
  into.add(node.from);
  return collect(node.l, into) === 'all' || collect(node.r, into) === 'all' ? 'all' : 'keys';
}
