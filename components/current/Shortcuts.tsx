import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { readShortcuts, type Shortcut } from './panel-actions';

/** The keyboard shortcuts, read from the browser so a user's own bindings show. */
export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    let live = true;
    void readShortcuts().then((list) => live && setShortcuts(list));
    return () => void (live = false);
  }, []);
  if (shortcuts.length === 0) return null;
  return (
    <section className="cs-shortcuts" aria-label={i18n.t('current.shortcuts')}>
      <h2 className="cs-shortcuts__title">{i18n.t('current.shortcuts')}</h2>
      <dl>
        {shortcuts.map((s) => (
          <div key={s.name} className="cs-shortcuts__row">
            <dt>{s.description || s.name}</dt>
            <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : i18n.t('current.notSet')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
