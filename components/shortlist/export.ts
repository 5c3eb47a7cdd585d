import type { Settings } from '@/core/settings';
import type { ShortlistEntry } from '@/core/shortlist';
import { shortlistToCsv } from '@/core/shortlist-csv';
import type { CreatorComments } from '@/lib/hooks/use-shortlist';
import { downloadText, shortlistFilename } from '@/lib/download';

/** Build the CSV in core (same figures as on screen) and hand it to the browser. */
export function exportShortlist(
  entries: readonly ShortlistEntry[],
  settings: Settings,
  comments: ReadonlyMap<string, CreatorComments> | undefined,
): void {
  const commentsByKey = new Map([...(comments ?? new Map<string, CreatorComments>())].map(([k, c]) => [k, c.byPost]));
  downloadText(shortlistFilename(new Date()), shortlistToCsv([...entries], settings, commentsByKey));
}
