import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/score/analyze';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatCount, formatPercent, formatRange } from '@/core/text/format';
import { browserTranslator } from '@/lib/i18n';
import { installCatalogue } from '@/tests/i18n-mock';
import { hiddenLikesSnapshot, makeSnapshot } from '../../tests/builders/snapshots';
import type { OverlayModel } from './model';
import { Overlay } from './Overlay';

function modelFor(over: Partial<OverlayModel>): OverlayModel {
  return {
    state: 'loading',
    platform: 'instagram',
    handle: 'jane.doe',
    analysis: null,
    message: null,
    saved: false,
    saving: false,
    ...over,
  };
}

/** The browser in Spanish or German: messages from that catalogue, numbers in that locale. */
describe('Overlay in another language', () => {
  it('speaks Spanish, with Spanish number formats, from the UI through core’s sentences', () => {
    installCatalogue('es');
    // The background computes the analysis with the browser's translator, as it does in the extension.
    const analysis = analyze(makeSnapshot(), DEFAULT_SETTINGS, browserTranslator());
    render(
      <Overlay
        model={modelFor({ state: 'ready', analysis })}
        onSave={() => {}}
        onOpenDetails={() => {}}
        onMove={() => {}}
      />,
    );
    const card = screen.getByRole('region', { name: 'Creator Scout' });

    // Testing Library collapses whitespace; Spanish compact numbers carry a no-break space ("25 mil").
    expect(
      within(card).getByText(`Micro · ${formatCount(25_000, 'es-ES')} seguidores`.replace(/\s/g, ' ')),
    ).toBeTruthy();
    const er = within(card).getByRole('group', { name: 'Tasa de engagement' });
    expect(er.textContent).toContain(formatPercent(analysis.engagement.rate, 2, 'es-ES'));
    expect(er.textContent).toContain('por seguidores · 12 publicaciones medidas');
    const cost = within(card).getByRole('group', { name: 'Coste por publicación' });
    expect(cost.textContent).toBe(
      `Coste por publicación${formatRange(analysis.roi.costPerPost, 'money', 'USD', 'es-ES')}`,
    );
    expect(within(card).getByRole('group', { name: 'Coste por interacción' })).toBeTruthy();
    // No comment read yet: no pod verdict, and a line saying what to open, worded by the Spanish catalogue.
    const pod = within(card).getByText('Riesgo de pod aún sin evaluar');
    expect(pod.closest('[title]')?.getAttribute('title')).toContain('Basado en las métricas de 12 publicaciones');
    expect(
      within(card).getByText(
        'Aún sin evaluar: abre una publicación para leer sus comentarios (el veredicto necesita al menos 10 comentarios de otras cuentas)',
      ),
    ).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Guardar' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Detalles' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Mover Creator Scout a la siguiente esquina' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Contraer Creator Scout' }));
    expect(screen.getByRole('button', { name: 'Mostrar Creator Scout' }).textContent).toBe('Scout · Micro');
    // No English is left in what a Spanish user reads.
    expect(document.body.textContent).not.toMatch(/followers|Save|Cost per/);
  });

  it('speaks German for a partial read: missing figures and their reasons', () => {
    installCatalogue('de');
    const analysis = analyze(hiddenLikesSnapshot(), DEFAULT_SETTINGS, browserTranslator());
    render(<Overlay model={modelFor({ state: 'partial', handle: 'hidden.likes', analysis })} onSave={() => {}} />);
    const er = screen.getByRole('group', { name: 'Engagement-Rate' });
    const missing = within(er).getByText('nicht auf der Seite');
    expect(missing.getAttribute('title')).toBe('Likes sind bei allen sichtbaren Beiträgen ausgeblendet (6 Beiträge)');
    expect(screen.getByRole('group', { name: 'Kosten pro Interaktion' }).textContent).toContain('nicht auf der Seite');
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeTruthy();
    expect(screen.getByText('Pod-Risiko noch nicht beurteilt')).toBeTruthy();
  });

  it('falls back to English again for the next test (setup reinstalls it)', () => {
    render(<Overlay model={modelFor({})} onSave={() => {}} />);
    expect(screen.getByText('Reading profile…')).toBeTruthy();
  });
});
