import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { Button } from '@/components/ui/Button';
import { useSettings } from '@/lib/hooks/use-settings';
import { downloadText } from '@/lib/download';
import { saveSettings } from '@/lib/settings';
import { toFormText, validateForm, type FieldErrors, type FormText } from './form';
import { FunnelSection, RateCardSection, ThresholdSection } from './sections';
import { BenchmarkSection, GiftingSection } from './sections-planning';
import '@/components/tokens.css';
import '@/components/ui/ui.css';
import './options.css';

// Backup and import (papaparse, classic zod for the import's messages) load
// after the settings form, which is what the page opens for.
const BackupSection = lazy(() =>
  import('@/components/backup/BackupSection').then((m) => ({ default: m.BackupSection })),
);

/**
 * The settings form. Nothing is saved until the whole form passes the same
 * zod schema storage is read with; each error sits next to its field.
 */
export function App() {
  const { settings, loaded, repaired } = useSettings();
  const [text, setText] = useState<FormText | null>(null);
  const [excludePinned, setExcludePinned] = useState(DEFAULT_SETTINGS.excludePinned);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');

  // Fill the form once storage has been read; later outside changes do not
  // overwrite what the user is typing.
  useEffect(() => {
    if (!loaded || text !== null) return;
    setText(toFormText(settings));
    setExcludePinned(settings.excludePinned);
  }, [loaded, settings, text]);

  if (text === null) return <p className="cs-opt__loading">{i18n.t('options.loading')}</p>;

  const ctx = {
    text,
    errors,
    onChange: (path: string, value: string) => {
      // Functional update: a preset sets several fields in one go.
      setText((prev) => ({ ...(prev ?? text), [path]: value }));
      setStatus('');
    },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateForm(text, excludePinned);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(i18n.t('options.notSaved'));
      return;
    }
    setErrors({});
    await saveSettings(result.settings);
    setStatus(i18n.t('options.saved'));
  };

  const reset = async () => {
    setText(toFormText(DEFAULT_SETTINGS));
    setExcludePinned(DEFAULT_SETTINGS.excludePinned);
    setErrors({});
    await saveSettings(DEFAULT_SETTINGS);
    setStatus(i18n.t('options.restored'));
  };

  return (
    <main className="cs-opt">
      <h1>{i18n.t('options.title')}</h1>
      <p className="cs-opt__intro">{i18n.t('options.intro')}</p>
      {repaired.length > 0 ? (
        <p className="cs-opt__error" role="note">
          {i18n.t('options.repaired', [repaired.join(', ')])}
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ThresholdSection ctx={ctx} />
        <RateCardSection ctx={ctx} />
        <FunnelSection ctx={ctx} />
        <GiftingSection ctx={ctx} />
        <BenchmarkSection ctx={ctx} />
        <fieldset className="cs-opt__group">
          <legend>{i18n.t('options.posts')}</legend>
          <label className="cs-opt__check">
            <input type="checkbox" checked={excludePinned} onChange={(e) => setExcludePinned(e.target.checked)} />
            {i18n.t('options.excludePinned')}
          </label>
        </fieldset>
        <div className="cs-opt__actions">
          <Button type="submit" variant="primary">
            {i18n.t('options.save')}
          </Button>
          <Button onClick={() => void reset()}>{i18n.t('options.reset')}</Button>
          {/* The saved settings as JSON: what `npm run score -- … --settings file.json` reads. */}
          <Button
            onClick={() =>
              downloadText('creator-scout-settings.json', JSON.stringify(settings, null, 2), 'application/json')
            }
          >
            {i18n.t('options.exportSettings')}
          </Button>
          <span role="status" className="cs-opt__status">
            {status}
          </span>
        </div>
      </form>
      <Suspense fallback={<p aria-busy="true">{i18n.t('current.loading')}</p>}>
        <BackupSection />
      </Suspense>
    </main>
  );
}
