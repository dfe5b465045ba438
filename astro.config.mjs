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
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // Stored-data plumbing every page's islands load (guards, clock, versioned formats,
                // keys, the storage store, nanostores): one chunk instead of eight tiny ones, which
                // gzip worse apart and cost a request each.
                name: 'core',
                test: /[\\/](src[\\/]lib[\\/](util|storage|time)|src[\\/]stores[\\/]storage|src[\\/]schemas[\\/]id|node_modules[\\/](nanostores|@nanostores))[\\/.]/,
              },
            ],
          },
        },
      },
    },
  },
});
