import { AnalysisView } from '../analysis/AnalysisView';
import { isSupportedSite, useActiveTab } from '@/lib/hooks/use-active-tab';
import { useSettings } from '@/lib/hooks/use-settings';
import { useTabCreator } from '@/lib/hooks/use-tab-creator';
import { SaveButton } from './SaveButton';
import '../tokens.css';
import '../ui/ui.css';
import './current.css';

export const EMPTY_MESSAGES = {
  loading: 'Loading…',
  otherSite: 'Open an Instagram or TikTok profile to see the creator’s tier, engagement, costs and pod risk.',
  notRead: 'This page has not been read yet. If Creator Scout was just installed or updated, reload the page.',
  notCreator: 'This page is not a creator’s profile or post. Open a profile to see its figures.',
  unreadable: 'The stored record for this creator could not be read. Open their profile again to refresh it.',
} as const;

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
