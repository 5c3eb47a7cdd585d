import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installCatalogue } from './i18n-mock';

// fakeBrowser leaves browser.i18n "not mocked" (it throws): serve the English
// catalogue with Chrome's rules. Installed before any test file imports run
// (module-level constants may read it) and again before each test, after a
// test that swapped in another language.
installCatalogue('en');
beforeEach(() => installCatalogue('en'));

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
