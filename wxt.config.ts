import { defineConfig } from 'wxt';

// Least privilege: host permissions only for the two sites we read; no `tabs`
// permission (the popup reads the active tab's URL through the host permission).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // CS_OUT_DIR lets parallel builds (and their end-to-end runs) not share one folder.
  outDir: process.env.CS_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks every add-on to declare what it collects: nothing.
        gecko: { id: 'creator-scout@creator-scout.app', data_collection_permissions: { required: ['none'] } },
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
