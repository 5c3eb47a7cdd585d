import { formatExactCount, formatPercent, localeOf } from '../text/format';
import { EN, type Translate } from '../text/i18n';
import { fire, ramp, type OthersComment, type SignalResult } from './pod-signals';

/**
 * The two pod signals read inside one opened post. A pod works post by post:
 * a member who has just posted drops its link in the group chat asking for
 * likes and comments (HypeAuditor Help Center, "How do you detect comments'
 * authenticity?", undated). So each post is judged on its own and the most
 * pod-like post counts: averaging it with the creator's other posts would
 * hide it. Both signals' thresholds are our assumption.
 */

/** Fewer comments than this on a post say nothing about how they are spread. */
const MIN_POST_COMMENTS = 10;

/** Accounts whose share of a post's comments is measured (the "top 5"). */
const TOP_ACCOUNTS = 5;

interface Concentration {
  total: number;
  /** The most active accounts measured: 5, or fewer when fewer commented. */
  accounts: number;
  top: number;
  share: number;
  /** Accounts that commented more than once on the post. */
  repeaters: number;
  /** The most comments one account wrote on it. */
  most: number;
  strength: number;
}

function concentrationOf(comments: readonly OthersComment[]): Concentration | null {
  // An unnamed comment is no account's: it counts in the total, never as a repeat.
  const byAuthor = new Map<string, number>();
  for (const { author } of comments) if (author !== '') byAuthor.set(author, (byAuthor.get(author) ?? 0) + 1);
  const total = comments.length;
  if (total < MIN_POST_COMMENTS) return null;
  const counts = [...byAuthor.values()].sort((a, b) => b - a);
  const top = counts.slice(0, TOP_ACCOUNTS).reduce((n, c) => n + c, 0);
  const repeaters = counts.filter((c) => c >= 2).length;
  const share = top / total;
  // Our assumption: at 10+ comments, 5 accounts writing one each is at most
  // 50 %, and honest posts where a few fans reply to each other come near
  // half too, so the signal starts at 60 %; 90 % is nearly every comment.
  // Two friends chatting can also fill a post, so the strength grows with the
  // number of accounts repeating themselves, full from 3 (a pod is a group).
  const strength = ramp(share, 0.6, 0.9) * Math.min(1, repeaters / 3);
  return {
    total,
    accounts: Math.min(TOP_ACCOUNTS, counts.length),
    top,
    share,
    repeaters,
    most: counts[0] ?? 0,
    strength,
  };
}

/**
 * Within-post concentration: the share of one post's comments written by its
 * 5 most active accounts, and how many accounts commented several times.
 * Thresholds are our assumption; the same HypeAuditor article calls half of
 * a post's comments being inauthentic the time to worry.
 */
export function postConcentration(byPost: ReadonlyArray<readonly OthersComment[]>, t: Translate = EN): SignalResult {
  let best: Concentration | null = null;
  for (const comments of byPost) {
    const c = concentrationOf(comments);
    if (c && (best === null || c.strength > best.strength || (c.strength === best.strength && c.total > best.total)))
      best = c;
  }
  if (best === null) return { note: t('pod.signal.concentrationNotChecked', [MIN_POST_COMMENTS]) };
  const locale = localeOf(t);
  return fire(
    'post-concentration',
    best.strength,
    t('pod.signal.concentration', [
      formatExactCount(best.accounts, locale),
      formatExactCount(best.top, locale),
      formatExactCount(best.total, locale),
      formatPercent(best.share, 0, locale),
      formatExactCount(best.repeaters, locale),
      formatExactCount(best.most, locale),
    ]),
  );
}

/** Comments within this long of posting count as the burst. Our assumption. */
const BURST_MINUTES = 30;
const BURST_MS = BURST_MINUTES * 60_000;
/**
 * A post whose latest comment seen came within this long of posting may just
 * be new: every comment on a fresh post is early. Our assumption.
 */
const SETTLED_MS = 2 * 60 * 60_000;

interface Burst {
  timed: number;
  early: number;
  share: number;
}

function burstOf(takenAt: number | null, comments: readonly OthersComment[]): Burst | 'fresh' | null {
  if (takenAt === null) return null;
  let timed = 0;
  let early = 0;
  let latest = 0;
  for (const { at } of comments) {
    if (at === undefined) continue;
    const delay = at - takenAt;
    // A comment before the post is a clock or parsing fault: left out.
    if (!Number.isFinite(delay) || delay < 0) continue;
    timed += 1;
    if (delay <= BURST_MS) early += 1;
    if (delay > latest) latest = delay;
  }
  if (timed < MIN_POST_COMMENTS) return null;
  if (latest < SETTLED_MS) return 'fresh';
  return { timed, early, share: early / timed };
}

/**
 * Burst timing: the share of a post's comments written within 30 minutes of
 * posting, where the page shows when each was written. From half of them the
 * signal starts, 90 % is full (our assumption: honest comments keep coming for
 * hours and days, a pod's arrive in the round its members were called to).
 */
export function burstTiming(
  posts: ReadonlyArray<{ takenAt: number | null }>,
  byPost: ReadonlyArray<readonly OthersComment[]>,
  t: Translate = EN,
): SignalResult {
  let best: Burst | null = null;
  let fresh = false;
  byPost.forEach((comments, i) => {
    const b = burstOf(posts[i]?.takenAt ?? null, comments);
    if (b === 'fresh') fresh = true;
    else if (b && (best === null || b.share > best.share || (b.share === best.share && b.timed > best.timed))) best = b;
  });
  const found = best as Burst | null;
  if (found === null) {
    return { note: t(fresh ? 'pod.signal.burstTooNew' : 'pod.signal.burstNotChecked', [MIN_POST_COMMENTS]) };
  }
  const locale = localeOf(t);
  return fire(
    'burst-timing',
    ramp(found.share, 0.5, 0.9),
    t('pod.signal.burst', [
      formatPercent(found.share, 0, locale),
      formatExactCount(found.early, locale),
      formatExactCount(found.timed, locale),
      formatExactCount(BURST_MINUTES, locale),
    ]),
  );
}
