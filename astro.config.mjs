// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// Static site: every page is prerendered; islands hydrate lazily.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  site: 'http://localhost:4321',
  integrations: [mdx(), preact()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
