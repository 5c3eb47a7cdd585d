import { defineConfig } from 'wxt';

/**
 * The content scripts render the same React components as the popup and side
 * panel, but through preact/compat: React DOM alone is ~65 kB gzipped and its
 * parse and start-up is main-thread time taken from Instagram and TikTok on
 * every page load (bench section 1). Everything else keeps React 19.
 */
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// Least privilege: host permissions only for the two sites we read; no `tabs`
// permission (the popup reads the active tab's URL through the host permission).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // CS_OUT_DIR lets parallel builds (and their end-to-end runs) not share one folder.
  outDir: process.env.CS_OUT_DIR || '.output',
  // CS_SOURCEMAP=1 keeps source maps (scripts/bundle-composition.mjs); CS_MINIFY=0
  // keeps names readable for CPU profiles (bench/trace-breakdown.bench-run.ts).
  vite: () => ({
    build: { sourcemap: process.env.CS_SOURCEMAP === '1', ...(process.env.CS_MINIFY === '0' && { minify: false }) },
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const existing = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_REACT, ...existing] };
    },
  },
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks every add-on to declare what it collects: nothing.
        // 140: data_collection_permissions needs it, and the page-world observer's
        // `world: "MAIN"` content script needs 128 (Mozilla bug 1736575).
        gecko: {
          id: 'creator-scout@creator-scout.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    // Strings come from locales/<lang>.json (@wxt-dev/i18n builds _locales/ from them).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
    commands: {
      'save-creator': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commands_saveCreator__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commands_openSidePanel__',
      },
    },
  }),
});
