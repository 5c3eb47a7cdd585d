import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import { setNote } from '@/lib/shortlist';

const SAVE_AFTER_MS = 800;

/**
 * The marketer's note on one creator. Saved after a pause in typing and on
 * blur, so nothing is lost when the panel closes. While the field has focus
 * the draft wins over what the database says (another window may write too).
 */
export function NoteEditor({ entryKey, handle, note }: { entryKey: string; handle: string; note: string }) {
  const [draft, setDraft] = useState(note);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(note);

  useEffect(() => {
    saved.current = note;
    if (!focused.current) setDraft(note);
  }, [note]);

  const flush = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (value === saved.current) return;
    saved.current = value;
    void setNote(getDb(), entryKey, value, Date.now());
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <textarea
      className="cs-note cs-focusable"
      aria-label={i18n.t('shortlist.noteFor', [handle])}
      placeholder={i18n.t('shortlist.notePlaceholder')}
      rows={2}
      maxLength={10_000}
      value={draft}
      onFocus={() => (focused.current = true)}
      onChange={(event) => {
        const value = event.target.value;
        setDraft(value);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => flush(value), SAVE_AFTER_MS);
      }}
      onBlur={(event) => {
        focused.current = false;
        flush(event.target.value);
      }}
    />
  );
}
