import { useState } from 'react';
import { formatCount, statusLabel } from '@/core/format';
import { TIER_LABELS } from '@/core/tiers';
import { TierBadge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { PLATFORM_LABELS, UI_LOCALE } from '../ui/labels';
import type { OverlayModel } from './model';
import { OverlayFigures } from './OverlayFigures';
import '../tokens.css';
import '../ui/ui.css';
import './overlay.css';

export const DISCONNECTED_MESSAGE = 'Creator Scout was updated — reload the page to reconnect';

export interface OverlayProps {
  model: OverlayModel;
  onSave: () => void;
  onOpenDetails?: () => void;
}

function saveLabel(model: OverlayModel): string {
  if (model.saved) return 'Saved ✓';
  return model.saving ? 'Saving…' : 'Save';
}

function Body({ model }: { model: OverlayModel }) {
  if (model.state === 'loading') {
    return (
      <p className="cs-overlay__skeleton" aria-busy="true">
        Reading profile…
      </p>
    );
  }
  if (model.state === 'disconnected') return <p className="cs-overlay__message">{DISCONNECTED_MESSAGE}</p>;
  if (model.state === 'unavailable' || !model.analysis) {
    const fallback = model.analysis ? statusLabel(model.analysis.status) : 'Nothing to show on this page.';
    // A private profile still shows its follower count: keep tier and count in
    // sight, as the host attributes do.
    const followers = model.analysis?.followers ?? null;
    return (
      <>
        <p className="cs-overlay__message">{model.message ?? fallback}</p>
        {followers !== null && model.analysis ? (
          <div className="cs-overlay__badges">
            <TierBadge
              tier={model.analysis.tier.id}
              detail={`${formatCount(followers, UI_LOCALE)} followers`}
              title={model.analysis.tier.reason}
            />
          </div>
        ) : null}
      </>
    );
  }
  // e.g. "No posts yet": figures that exist are shown, with the page's status above them.
  const notice = model.message ?? (model.analysis.status === 'ok' ? null : statusLabel(model.analysis.status));
  return (
    <>
      {notice ? <p className="cs-overlay__message">{notice}</p> : null}
      <OverlayFigures analysis={model.analysis} />
    </>
  );
}

/**
 * The card in the page's bottom-right corner. Small on purpose: the page must
 * stay usable, and it folds into a badge. All page-derived text (handle, name)
 * is rendered as text nodes, since bios and names can be hostile.
 */
export function Overlay({ model, onSave, onOpenDetails }: OverlayProps) {
  const [collapsed, setCollapsed] = useState(false);
  const who = model.handle ? `@${model.handle}` : '';
  const tierId = model.analysis?.tier.id;

  if (collapsed) {
    return (
      <section className="cs-overlay cs-overlay--collapsed" aria-label="Creator Scout" data-state={model.state}>
        <Button className="cs-overlay__pill" aria-expanded={false} aria-label="Show Creator Scout" onClick={() => setCollapsed(false)}>
          Scout{tierId ? ` · ${TIER_LABELS[tierId]}` : ''}
        </Button>
      </section>
    );
  }

  const figuresShown = (model.state === 'ready' || model.state === 'partial') && model.analysis !== null;
  return (
    <section className="cs-overlay" aria-label="Creator Scout" data-state={model.state}>
      <div className="cs-overlay__head">
        <span className="cs-overlay__who" title={`${PLATFORM_LABELS[model.platform]} ${who}`}>
          {PLATFORM_LABELS[model.platform]} {who}
        </span>
        <Button variant="quiet" aria-expanded={true} aria-label="Collapse Creator Scout" onClick={() => setCollapsed(true)}>
          –
        </Button>
      </div>
      <Body model={model} />
      {figuresShown ? (
        <div className="cs-overlay__actions">
          {onOpenDetails ? <Button onClick={onOpenDetails}>Details</Button> : null}
          <Button variant="primary" onClick={onSave} disabled={model.saved || model.saving}>
            {saveLabel(model)}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
