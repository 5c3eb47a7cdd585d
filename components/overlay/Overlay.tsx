import { useState } from 'react';
import { statusLabel } from '@/core/text/labels';
import type { Analysis } from '@/core/score/analysis';
import { figureText, type FigureText } from '@/core/text/figure-text';
import { tierLabel } from '@/core/score/tiers';
import { browserTranslator, uiText } from '@/lib/i18n';
import { TierBadge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { PLATFORM_LABELS } from '../ui/labels';
import { nextCorner, type Corner } from '@/lib/overlay-prefs';
import type { OverlayModel } from './model';
import { useCornerDrag } from './use-corner-drag';
import { OverlayFigures } from './OverlayFigures';
import '../tokens.css';
import '../ui/ui.css';
import './overlay.css';

/** The disconnected state's sentence, in the browser's language (fixed for the page's life). */
export const DISCONNECTED_MESSAGE = uiText('overlay.disconnected');

export interface OverlayProps {
  model: OverlayModel;
  onSave: () => void;
  onOpenDetails?: () => void;
  /** Where the card sits; remembered per site by the content script. */
  corner?: Corner;
  onMove?: (corner: Corner) => void;
}

function saveLabel(model: OverlayModel): string {
  if (model.saved) return uiText('overlay.saved');
  return model.saving ? uiText('overlay.saving') : uiText('overlay.save');
}

/** The figures as the background printed them; formatted here only when it did not. */
function textOf(model: OverlayModel, analysis: Analysis): FigureText {
  return model.text ?? figureText(analysis, browserTranslator());
}

function Body({ model }: { model: OverlayModel }) {
  if (model.state === 'loading') {
    return (
      <p className="cs-overlay__skeleton" aria-busy="true">
        {uiText('overlay.reading')}
      </p>
    );
  }
  if (model.state === 'disconnected') return <p className="cs-overlay__message">{DISCONNECTED_MESSAGE}</p>;
  if (model.state === 'unavailable' || !model.analysis) {
    const fallback = model.analysis
      ? statusLabel(model.analysis.status, browserTranslator())
      : uiText('overlay.nothing');
    // A private profile still shows its follower count: keep tier and count in
    // sight, as the host attributes do.
    const followers = model.analysis ? textOf(model, model.analysis).followers : null;
    return (
      <>
        <p className="cs-overlay__message">{model.message ?? fallback}</p>
        {followers !== null && model.analysis ? (
          <div className="cs-overlay__badges">
            <TierBadge
              tier={model.analysis.tier.id}
              detail={uiText('ui.followersCount', [followers])}
              title={model.analysis.tier.reason}
            />
          </div>
        ) : null}
      </>
    );
  }
  // e.g. "No posts yet": figures that exist are shown, with the page's status above them.
  const notice =
    model.message ?? (model.analysis.status === 'ok' ? null : statusLabel(model.analysis.status, browserTranslator()));
  return (
    <>
      {notice ? <p className="cs-overlay__message">{notice}</p> : null}
      <OverlayFigures analysis={model.analysis} text={textOf(model, model.analysis)} />
    </>
  );
}

/**
 * The card in a corner of the page (bottom-right unless moved). Small on
 * purpose: the page must stay usable; it folds into a badge and can be dragged
 * (or, by keyboard, moved) to another corner. All page-derived text (handle,
 * name) is rendered as text nodes, since bios and names can be hostile.
 */
export function Overlay({ model, onSave, onOpenDetails, corner = 'bottom-right', onMove }: OverlayProps) {
  const [collapsed, setCollapsed] = useState(false);
  const drag = useCornerDrag(onMove);
  const who = model.handle ? `@${model.handle}` : '';
  const tierId = model.analysis?.tier.id;
  const place = `cs-overlay--${corner}`;

  if (collapsed) {
    return (
      <section
        className={`cs-overlay cs-overlay--collapsed ${place}`}
        aria-label="Creator Scout"
        data-state={model.state}
      >
        <Button
          className="cs-overlay__pill"
          aria-expanded={false}
          aria-label={uiText('overlay.show')}
          onClick={() => setCollapsed(false)}
        >
          Scout{tierId ? ` · ${tierLabel(tierId, browserTranslator())}` : ''}
        </Button>
      </section>
    );
  }

  const figuresShown = (model.state === 'ready' || model.state === 'partial') && model.analysis !== null;
  return (
    <section className={`cs-overlay ${place}`} aria-label="Creator Scout" data-state={model.state} style={drag.style}>
      <div className="cs-overlay__head" {...drag.handlers}>
        <span className="cs-overlay__who" title={`${PLATFORM_LABELS[model.platform]} ${who}`}>
          {PLATFORM_LABELS[model.platform]} {who}
        </span>
        {onMove ? (
          <Button
            variant="quiet"
            aria-label={uiText('overlay.move')}
            title={uiText('overlay.moveTitle')}
            onClick={() => onMove(nextCorner(corner))}
          >
            ⤡
          </Button>
        ) : null}
        <Button
          variant="quiet"
          aria-expanded={true}
          aria-label={uiText('overlay.collapse')}
          onClick={() => setCollapsed(true)}
        >
          –
        </Button>
      </div>
      <Body model={model} />
      {figuresShown ? (
        <div className="cs-overlay__actions">
          {onOpenDetails ? <Button onClick={onOpenDetails}>{uiText('overlay.details')}</Button> : null}
          <Button variant="primary" onClick={onSave} disabled={model.saved || model.saving}>
            {saveLabel(model)}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
