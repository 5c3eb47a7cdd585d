import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { getDb } from '@/lib/db';
import { setAgreedPrice } from '@/lib/shortlist';

/**
 * The price agreed with one creator, per post. Saved on blur or Enter; empty
 * clears it, and the model's estimate is used again. A value that is not a
 * positive number is marked and not saved.
 */
export function AgreedPriceEditor({
  entryKey,
  handle,
  price,
}: {
  entryKey: string;
  handle: string;
  price: number | null;
}) {
  const [draft, setDraft] = useState(price === null ? '' : String(price));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(price === null ? '' : String(price)), [price]);

  const commit = (text: string) => {
    const trimmed = text.trim().replace(',', '.');
    const value = trimmed === '' ? null : Number(trimmed);
    if (value !== null && !(Number.isFinite(value) && value > 0)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value === price) return;
    void setAgreedPrice(getDb(), entryKey, value, Date.now());
  };

  return (
    <input
      className="cs-agreed cs-focusable"
      inputMode="decimal"
      aria-label={i18n.t('shortlist.agreedFor', [handle])}
      title={i18n.t('ui.agreedPriceHint')}
      placeholder={i18n.t('ui.agreedPrice')}
      aria-invalid={invalid ? true : undefined}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={(event) => commit(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget.value);
      }}
    />
  );
}
