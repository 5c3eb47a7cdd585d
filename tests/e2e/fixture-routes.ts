import { fixtures } from '../fixtures/fixtures';
import { routeKey, type FixtureRoutes } from './harness';

/** Every fixture page, served at its real URL. */
export const fixtureRoutes: FixtureRoutes = new Map(fixtures.map((f) => [routeKey(f.url), f.file]));

export function fixtureFor(handle: string, pageKind: 'profile' | 'post' = 'profile') {
  const found = fixtures.find((f) => f.expected.handle === handle && f.pageKind === pageKind);
  if (!found) throw new Error(`no ${pageKind} fixture for ${handle}`);
  return found;
}
