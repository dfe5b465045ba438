// npm run package: turns the built site (dist/, from `npm run build`) into LMS course packages.
//   dist-lms/site/          the site with relative URLs, no service worker, a head script per page
//   dist-lms/launcher/      launch.html + lms/ (the detector and the SCORM adapter, built by Vite)
//   dist-lms/scorm12.zip    imsmanifest.xml (SCORM 1.2) + XSDs + launch.html + lms/ + site/
//   dist-lms/scorm2004.zip  the same with a SCORM 2004 4th edition manifest
//   dist-lms/cmi5.zip       cmi5.xml (course structure, AU url launch.html) + launch.html + lms/ + site/
//   dist-lms/cmi5.xml       the course structure alone, for a course hosted at a fixed URL: set
//                           CMI5_AU_URL (or --cmi5-au-url=…) to the absolute URL of launch.html
// cmi5 ids are stable IRIs under CMI5_ID_BASE (or --cmi5-id-base=…; default below): LMSs key
// learner records on them, so set it once to a URL of your organisation and never change it.
// Every manifest is validated with `xmllint --schema` (Debian libxml2-utils) against the official
// XSDs in scripts/lms/xsd/ through a wrapper schema that imports every namespace; cmi5.xml against
// the official cmi5 CourseStructure.xsd the same way.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';
import { rewriteCss, rewriteHtml, rewriteManifest, rootRelativeLeft } from './lms/rewrite.mjs';
import {
  scorm12Manifest,
  scorm2004Manifest,
  cmi5Xml,
  wrapperXsd,
  CMI5_IMPORTS,
  SCORM12_IMPORTS,
  SCORM2004_IMPORTS,
} from './lms/manifests.mjs';
import { inlineCode, policyFor, withPolicyMeta } from '../src/lib/security/csp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(root, 'dist-lms');
const site = join(out, 'site');

const flag = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) || undefined;
const CMI5_AU_URL = flag('cmi5-au-url') ?? process.env['CMI5_AU_URL'] ?? 'launch.html';
const CMI5_ID_BASE =
  flag('cmi5-id-base') ?? process.env['CMI5_ID_BASE'] ?? 'https://tmc-sales-course.example/xapi/';
const digest = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory())
      ? walk(path, base)
      : [relative(base, path).split('\\').join('/')];
  });
}

if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind')))
  fail('dist/ is missing or has no search index: run `npm run build` first.');

// 1. The site, base-independent.
rmSync(out, { recursive: true, force: true });
cpSync(dist, site, { recursive: true, filter: (src) => !/[\\/](sw\.js|_headers)$/.test(src) });
const problems = [];
for (const file of walk(site)) {
  const path = join(site, file);
  if (file.endsWith('.html')) {
    const html = rewriteHtml(readFileSync(path, 'utf8'), file);
    const left = rootRelativeLeft(html);
    if (left.length > 0) problems.push(`${file}: ${left.slice(0, 3).join(', ')}`);
    // The rewrite added a head script and changed styles' url(): the page's policy is recomputed.
    writeFileSync(path, withPolicyMeta(html, policyFor(inlineCode(html), digest)));
  } else if (file.endsWith('.css')) {
    writeFileSync(path, rewriteCss(readFileSync(path, 'utf8'), file));
  } else if (file.endsWith('.webmanifest')) {
    writeFileSync(path, rewriteManifest(readFileSync(path, 'utf8')));
  }
}
if (problems.length > 0) fail(`root-relative URLs left:\n  ${problems.join('\n  ')}`);

// 2. The launcher: course table and strings from the content and dictionary (via Vite's runner,
// so the zod schemas parse the content), then a Vite build of src/lms/launch.ts.
const { module: data } = await runnerImport(join(root, 'src/lms/course-data.ts'));
const { module: dict } = await runnerImport(join(root, 'src/i18n/zh-CN/lms.ts'));
const course = data.loadLmsCourse(join(root, 'content'));
const { module: rules } = await runnerImport(join(root, 'src/lib/lms/rules.ts'));
const mastery = rules.LMS_RULES.passingPercent;
const launcher = join(out, 'launcher');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  plugins: [
    {
      name: 'tmc-lms-course',
      resolveId: (id) => (id === 'virtual:tmc-lms-course' ? '\0tmc-lms-course' : undefined),
      load: (id) =>
        id === '\0tmc-lms-course' ? `export default ${JSON.stringify(course)};` : undefined,
    },
  ],
  build: {
    outDir: join(launcher, 'lms'),
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: join(root, 'src/lms/launch.ts'),
      output: { format: 'es', entryFileNames: 'launch.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
const escapeHtml = (text) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
writeFileSync(
  join(launcher, 'launch.html'),
  `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(course.title)}</title>
<style>html,body{margin:0;height:100%}body{display:flex;flex-direction:column}iframe{flex:1;border:0;width:100%;display:block}#tmc-lms-notice{margin:0;padding:.5rem 1rem;background:#fff4e5;color:#5c3b00;font:14px/1.5 system-ui,sans-serif}#tmc-lms-exit{align-self:flex-end;margin:.25rem 1rem;padding:.25rem .75rem;font:14px/1.5 system-ui,sans-serif}</style>
<script type="module" src="lms/launch.js"></script>
</head>
<body>
<p id="tmc-lms-notice" role="status" hidden></p>
<button id="tmc-lms-exit" type="button" hidden>${escapeHtml(dict.lms['lms.exit'])}</button>
<iframe id="tmc-site" title="${escapeHtml(dict.lms['lms.frameTitle'])}" data-src="site/index.html"></iframe>
</body>
</html>
`,
);

// 3. The packages.
const xsdDir = join(root, 'scripts/lms/xsd');
const formats = [
  { name: 'scorm12', xsd: 'scorm12', manifest: scorm12Manifest, imports: SCORM12_IMPORTS },
  {
    name: 'scorm2004',
    xsd: 'scorm2004-4th',
    manifest: scorm2004Manifest,
    imports: SCORM2004_IMPORTS,
  },
];
/** Validates `file` with xmllint against the schemas of `xsd` through a wrapper of `imports`. */
function validate(xsd, imports, file) {
  const wrapper = join(xsdDir, xsd, 'tmc-wrapper.xsd');
  writeFileSync(wrapper, wrapperXsd(imports));
  try {
    execFileSync('xmllint', ['--noout', '--schema', wrapper, file], { stdio: 'pipe' });
  } catch (error) {
    fail(`${relative(out, file)} is not valid: ${error.stderr ?? error.message}`);
  } finally {
    rmSync(wrapper);
  }
}
const report = [];
for (const format of formats) {
  const stage = join(out, format.name);
  mkdirSync(stage, { recursive: true });
  symlinkSync('../site', join(stage, 'site'));
  symlinkSync('../launcher/lms', join(stage, 'lms'));
  cpSync(join(launcher, 'launch.html'), join(stage, 'launch.html'));
  const schemas = readdirSync(join(xsdDir, format.xsd)).filter((f) => /\.(xsd|dtd)$/.test(f));
  for (const f of schemas) cpSync(join(xsdDir, format.xsd, f), join(stage, f));
  const files = walk(stage)
    .filter((f) => !schemas.includes(f))
    .sort();
  const xml = format.manifest({ id: course.id, title: course.title, mastery, files });
  writeFileSync(join(stage, 'imsmanifest.xml'), xml);
  validate(format.xsd, format.imports, join(stage, 'imsmanifest.xml'));
  const zip = join(out, `${format.name}.zip`);
  execFileSync('zip', ['-qrX', zip, '.'], { cwd: stage });
  report.push(`${format.name}.zip ${(statSync(zip).size / 1024).toFixed(0)} KiB`);
}
// 4. cmi5: the course structure at the zip root, and alone for a course hosted at a fixed URL.
if (!/^https?:\/\//.test(CMI5_ID_BASE))
  fail(`CMI5_ID_BASE must be an http(s) URL: ${CMI5_ID_BASE}`);
const idBase = CMI5_ID_BASE.endsWith('/') ? CMI5_ID_BASE : `${CMI5_ID_BASE}/`;
const cmi5 = (url) =>
  cmi5Xml({
    ids: { course: `${idBase}${course.id}`, au: `${idBase}${course.id}/au/course` },
    title: course.title,
    description: dict.lms['lms.cmi5Description'],
    url,
    moveOn: rules.LMS_RULES.cmi5MoveOn,
    mastery,
  });
const cmi5Stage = join(out, 'cmi5');
mkdirSync(cmi5Stage, { recursive: true });
symlinkSync('../site', join(cmi5Stage, 'site'));
symlinkSync('../launcher/lms', join(cmi5Stage, 'lms'));
cpSync(join(launcher, 'launch.html'), join(cmi5Stage, 'launch.html'));
writeFileSync(join(cmi5Stage, 'cmi5.xml'), cmi5('launch.html'));
writeFileSync(join(out, 'cmi5.xml'), cmi5(CMI5_AU_URL));
validate('cmi5', CMI5_IMPORTS, join(cmi5Stage, 'cmi5.xml'));
validate('cmi5', CMI5_IMPORTS, join(out, 'cmi5.xml'));
const cmi5Zip = join(out, 'cmi5.zip');
execFileSync('zip', ['-qrX', cmi5Zip, '.'], { cwd: cmi5Stage });
report.push(
  `cmi5.zip ${(statSync(cmi5Zip).size / 1024).toFixed(0)} KiB (cmi5.xml AU url ${CMI5_AU_URL})`,
);

const adapter = readdirSync(join(launcher, 'lms'))
  .map(
    (f) =>
      `${f} ${(gzipSync(readFileSync(join(launcher, 'lms', f))).length / 1024).toFixed(1)} KiB gzip`,
  )
  .join(', ');
console.log(`package: ${report.join(', ')}; manifests valid; launcher ${adapter}`);
