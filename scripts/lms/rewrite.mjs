// Turns the built site (root-relative URLs: /_astro/…, /lessons/x/) into one that works from any
// sub-path, as an LMS serves a package (…/pluginfile.php/42/mod_scorm/content/1/site/…).
// Pure string functions; tests/unit/scripts/package-lms.test.ts covers them.
import { NAMESPACE } from '../../src/lib/storage/namespace.ts';

/** `lessons/x/index.html` → `../../`; `index.html` → `./`. */
export function relativeRoot(pagePath) {
  const depth = pagePath.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** `/lessons/x/#s` from a page whose root is `../../` → `../../lessons/x/index.html#s`. */
export function toRelative(url, root) {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const match = /^([^?#]*)(.*)$/s.exec(url);
  let path = match[1].slice(1);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return root + path + match[2];
}

const ATTRIBUTES =
  /\b(href|src|component-url|renderer-url|before-hydration-url|action|poster)="(\/(?!\/)[^"]*)"/g;
const PATHLIKE = /^\/(?!\/)[A-Za-z0-9_\-./]*(?:[?#][A-Za-z0-9_\-=&%.]*)?$/;
const SW_SCRIPT =
  /<script>(?:(?!<\/script>)[\s\S])*?serviceWorker\.register(?:(?!<\/script>)[\s\S])*?<\/script>/g;

/**
 * Runs first in every page of a package: takes the storage namespace from the launch page
 * (`window.tmcLms` up the parent chain) for `src/stores/storage.ts`, and makes links and windows
 * that scripts build at run time (`/lessons/x/`) relative, as the static rewrite did for the HTML.
 * Absolute paths already inside the package (pagefind's result URLs) only get `index.html`.
 */
export function headScript(root) {
  return `<script>(function(){var r=${JSON.stringify(root)},n,w=window;try{for(var i=0;i<10&&w;i++){if(w.tmcLms&&w.tmcLms.ns){n=w.tmcLms.ns;break}if(w.parent===w)break;w=w.parent}}catch(e){}document.documentElement.setAttribute("data-tmc-ns",${NAMESPACE}.test(n||"")?n:"lms-standalone");var b=new URL(r,location.href).pathname;function f(u){if(typeof u!=="string"||u.charAt(0)!=="/"||u.charAt(1)==="/")return u;var m=/^([^?#]*)([\\s\\S]*)$/.exec(u),i=m[1].indexOf(b)===0,p=i?m[1]:m[1].slice(1);if(p===""||p.slice(-1)==="/")p+="index.html";return(i?"":r)+p+m[2]}document.addEventListener("click",function(e){var a=e.target&&e.target.closest?e.target.closest("a[href]"):null;if(a){var h=a.getAttribute("href"),x=f(h);if(x!==h)a.setAttribute("href",x)}},true);var o=window.open;window.open=function(u,t,s){return o.call(window,f(u),t,s)}})();</script>`;
}

/** Rewrites one page: URLs relative, island props too, no service worker, the head script first. */
export function rewriteHtml(html, pagePath) {
  const root = relativeRoot(pagePath);
  let out = html.replace(SW_SCRIPT, '');
  out = out.replace(ATTRIBUTES, (_all, name, url) => `${name}="${toRelative(url, root)}"`);
  out = out.replace(/\bprops="([^"]*)"/g, (_all, props) => {
    const fixed = props.replace(/&quot;(\/[^&"]*?)&quot;/g, (whole, url) =>
      PATHLIKE.test(url) ? `&quot;${toRelative(url, root)}&quot;` : whole,
    );
    return `props="${fixed}"`;
  });
  out = out.replace(/url\((['"]?)\/(?!\/)/g, (_all, quote) => `url(${quote}${root}`);
  return out.replace(/<meta charset="utf-8">/i, (meta) => meta + headScript(root));
}

/** CSS from `_astro/`: `url(/icons/x.png)` → `url(../icons/x.png)`. */
export function rewriteCss(css, filePath) {
  const root = relativeRoot(filePath);
  return css.replace(/url\((['"]?)\/(?!\/)/g, (_all, quote) => `url(${quote}${root}`);
}

/** The web app manifest: start URL, scope and icons relative to the manifest. */
export function rewriteManifest(json) {
  const manifest = JSON.parse(json);
  const rel = (url) => (typeof url === 'string' ? toRelative(url, './') : url);
  if (manifest.start_url !== undefined) manifest.start_url = rel(manifest.start_url);
  if (manifest.scope !== undefined) manifest.scope = './';
  if (manifest.id !== undefined) manifest.id = rel(manifest.id);
  for (const icon of manifest.icons ?? []) icon.src = rel(icon.src);
  return JSON.stringify(manifest);
}

/** Root-relative URLs left in a rewritten page (attributes or island props): should be none. */
export function rootRelativeLeft(html) {
  const left = [];
  for (const m of html.matchAll(ATTRIBUTES)) left.push(m[2]);
  for (const m of html.matchAll(/\bprops="([^"]*)"/g))
    for (const p of m[1].matchAll(/&quot;(\/[^&"]*?)&quot;/g))
      if (PATHLIKE.test(p[1])) left.push(p[1]);
  if (/serviceWorker\.register/.test(html)) left.push('serviceWorker.register');
  return left;
}
