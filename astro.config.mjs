// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/** `client:in-app`: an island that hydrates only in chat-app browsers (src/directives/in-app.ts). */
const chatAppDirective = {
  name: 'tmc-client-in-app',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'in-app', entrypoint: './src/directives/in-app.ts' }),
  },
};

// Static site: every page is prerendered; islands hydrate lazily.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  site: 'http://localhost:4321',
  integrations: [mdx(), preact(), chatAppDirective],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
