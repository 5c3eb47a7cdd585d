import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS } from '@/core/defaults';
import { Button } from '@/components/ui/Button';
import { useSettings } from '@/lib/hooks/use-settings';
import { saveSettings } from '@/lib/settings';
import { toFormText, validateForm, type FieldErrors, type FormText } from './form';
import { FunnelSection, RateCardSection, ThresholdSection } from './sections';
import '@/components/tokens.css';
import '@/components/ui/ui.css';
import './options.css';

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

  if (text === null) return <p className="cs-opt__loading">Loading settings…</p>;

  const ctx = {
    text,
    errors,
    onChange: (path: string, value: string) => {
      setText({ ...text, [path]: value });
      setStatus('');
    },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateForm(text, excludePinned);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Not saved: fix the fields marked below.');
      return;
    }
    setErrors({});
    await saveSettings(result.settings);
    setStatus('Saved.');
  };

  const reset = async () => {
    setText(toFormText(DEFAULT_SETTINGS));
    setExcludePinned(DEFAULT_SETTINGS.excludePinned);
    setErrors({});
    await saveSettings(DEFAULT_SETTINGS);
    setStatus('Defaults restored and saved.');
  };

  return (
    <main className="cs-opt">
      <h1>Creator Scout settings</h1>
      <p className="cs-opt__intro">
        These assumptions drive every tier, cost and return estimate. The defaults are published industry
        benchmarks, not measurements of any creator; each field shows its default.
      </p>
      {repaired.length > 0 ? (
        <p className="cs-opt__error" role="note">
          Some stored settings could not be read and were reset to their defaults: {repaired.join(', ')}.
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ThresholdSection ctx={ctx} />
        <RateCardSection ctx={ctx} />
        <FunnelSection ctx={ctx} />
        <fieldset className="cs-opt__group">
          <legend>Posts</legend>
          <label className="cs-opt__check">
            <input type="checkbox" checked={excludePinned} onChange={(e) => setExcludePinned(e.target.checked)} />
            Leave pinned posts out of the engagement rate (they are a creator’s best, not typical)
          </label>
        </fieldset>
        <div className="cs-opt__actions">
          <Button type="submit" variant="primary">
            Save settings
          </Button>
          <Button onClick={() => void reset()}>Reset to defaults</Button>
          <span role="status" className="cs-opt__status">
            {status}
          </span>
        </div>
      </form>
    </main>
  );
}
