import { i18n } from '#i18n';
import { AnalysisView } from '../analysis/AnalysisView';
import { isSupportedSite, useActiveTab } from '@/lib/hooks/use-active-tab';
import { useSettings } from '@/lib/hooks/use-settings';
import { useTabCreator } from '@/lib/hooks/use-tab-creator';
import { SaveButton } from './SaveButton';
import '../tokens.css';
import '../ui/ui.css';
import './current.css';

/** The sentences of the empty states, in the browser's language (read when used). */
export const EMPTY_MESSAGES = {
  get loading() {
    return i18n.t('current.loading');
  },
  get otherSite() {
    return i18n.t('current.otherSite');
  },
  get notRead() {
    return i18n.t('current.notRead');
  },
  get notCreator() {
    return i18n.t('current.notCreator');
  },
  get unreadable() {
    return i18n.t('current.unreadable');
  },
};

function Empty({ children }: { children: string }) {
  return <p className="cs-current__empty">{children}</p>;
}

/**
 * The creator in the active tab, with Save. Used by the popup and by the side
 * panel's "Current" tab (`follow`: keep up as the user switches tabs).
 */
export function CurrentCreator({ follow = false }: { follow?: boolean }) {
  const tab = useActiveTab({ follow });
  const { settings } = useSettings();
  const creator = useTabCreator(tab.tabId);

  if (!tab.loaded) return <Empty>{EMPTY_MESSAGES.loading}</Empty>;
  // Without host permission for a site its URL is hidden: that is "another site".
  if (!isSupportedSite(tab.url)) return <Empty>{EMPTY_MESSAGES.otherSite}</Empty>;
  switch (creator.status) {
    case 'loading':
      return <Empty>{EMPTY_MESSAGES.loading}</Empty>;
    case 'not-read':
      return <Empty>{EMPTY_MESSAGES.notRead}</Empty>;
    case 'not-creator':
      return <Empty>{EMPTY_MESSAGES.notCreator}</Empty>;
    case 'unreadable':
      return <Empty>{EMPTY_MESSAGES.unreadable}</Empty>;
    case 'creator':
      return (
        <div className="cs-current">
          <SaveButton creatorKey={creator.key} />
          <AnalysisView analysis={creator.analysis} snapshot={creator.snapshot} thresholds={settings.tierThresholds} />
        </div>
      );
  }
}
