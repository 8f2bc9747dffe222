import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // A dedicated Vite config, so the library/CDN build modes and the demo server of the root
    // vite.config.ts never leak into Storybook.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  // Fixtures for stories, e.g. `<iom-member-counter src="data/member-counter.json">`.
  staticDirs: [{ from: '../stories/data', to: '/data' }],
  // Offline: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A library Storybook for designers: no onboarding checklist ("Add 5 components"…).
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Storybook's own chunks (axe-core, docs blocks) are large by design: no size warning for them.
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, chunkSizeWarningLimit: 1500 } }),
  // Autodocs pages come from `tags: ['autodocs']` in each stories file.
  docs: { defaultName: 'Docs' },
};

export default config;
