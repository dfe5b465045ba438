import type { APIRoute } from 'astro';
import { t } from '../i18n';

/** The web app manifest: name, colours and icons for "add to home screen". */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: t('site.name'),
        short_name: t('pwa.shortName'),
        description: t('site.description'),
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        shortcuts: [
          { name: t('refresh.title'), url: '/refresh/' },
          { name: t('search.title'), url: '/search/' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
