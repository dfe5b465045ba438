import { describe, expect, test } from 'vitest';
import {
  QR_TEXT_LEVEL,
  fitsQr,
  fromBase64Url,
  packText,
  QR_MAX_BYTES,
  toBase64Url,
  unpackText,
} from '../../../../src/lib/progress/text-code';
import { hashText } from '../../../../src/lib/progress/hash';
import { qrDrawing } from '../../../../src/lib/workshop/qr';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  test('matches the standard encoding (RFC 4648 §5, no padding) for every tail length', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '进度?>>']) {
      const expected = Buffer.from(s).toString('base64url');
      expect(toBase64Url(bytes(s))).toBe(expected);
      expect(fromBase64Url(expected)).toEqual(bytes(s));
    }
  });
  test('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(all))).toEqual(all);
  });
  test('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
  });
});

describe('progress text', () => {
  const payload = bytes('{"format":"tmc-sales-progress"}');
  const text = packText('j', payload);

  test('has a recognisable prefix, version, method, length and checksum', () => {
    const body = toBase64Url(payload);
    expect(text).toBe(`TMCP1.j.${body.length.toString(36)}.${hashText(body)}.${body}`);
  });
  test('unpacks what it packed, ignoring line breaks and spaces a chat app adds', () => {
    const wrapped = `  ${text.slice(0, 20)}\n${text.slice(20, 40)} \r\n${text.slice(40)}\n`;
    expect(unpackText(wrapped)).toEqual({ ok: true, kind: 'packed', method: 'j', payload });
    expect(unpackText(packText('z', payload))).toMatchObject({ ok: true, method: 'z' });
  });
  test('passes a pasted export file on as JSON for the file checks', () => {
    expect(unpackText(' {"format":1}')).toEqual({ ok: true, kind: 'json', json: ' {"format":1}' });
  });
  test.each([
    ['empty', ' \n '],
    ['not-ours', 'hello'],
    ['not-ours', 'TMC1.j.3.x.abc'],
    ['newer', 'TMCP2.j.4.0.abcd'],
    ['truncated', 'TMCP1.j.2s'],
    ['damaged', 'TMCP1.q.4.0.abcd'],
    ['damaged', 'TMCP1.j.4.0.abcd.extra'],
  ])('refuses %s text: %j', (error, input) => {
    expect(unpackText(input)).toEqual({ ok: false, error });
  });
  test('a text cut short is truncated, an edited one is tampered', () => {
    expect(unpackText(text.slice(0, -5))).toEqual({ ok: false, error: 'truncated' });
    const at = text.length - 3;
    const edited = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(unpackText(edited)).toEqual({ ok: false, error: 'tampered' });
    expect(unpackText(`${text}AAAA`)).toEqual({ ok: false, error: 'tampered' });
  });
  test('a payload with a forged checksum but impossible base64url is damaged', () => {
    const body = 'ab+c';
    expect(unpackText(`TMCP1.j.4.${hashText(body)}.${body}`)).toEqual({
      ok: false,
      error: 'damaged',
    });
  });
  test('fits a QR code up to the byte capacity of version 40-M', () => {
    expect(QR_MAX_BYTES).toBe(2331);
    expect(fitsQr('x'.repeat(2331))).toBe(true);
    expect(fitsQr('x'.repeat(2332))).toBe(false);
    // The generator the page uses draws the largest text that fits as the largest symbol.
    expect(qrDrawing(`TMCP1.z.${'A'.repeat(QR_MAX_BYTES - 8)}`, QR_TEXT_LEVEL).size).toBe(177 + 8);
  });
});
