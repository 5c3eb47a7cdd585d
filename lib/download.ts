/**
 * Save text as a file through an <a download> click: works in the popup,
 * side panel and options page without the `downloads` permission.
 */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoked later: some browsers start reading the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** `creator-scout-shortlist-2026-03-01.csv`, in the user's local date. */
export function shortlistFilename(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `creator-scout-shortlist-${day}.csv`;
}
