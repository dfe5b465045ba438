/**
 * Which chat app's built-in browser a page runs in, read from the user agent. These browsers
 * (WeChat, WeCom, DingTalk, Feishu) have no service worker on iPhone, keep their storage apart
 * from the phone's own browser and handle file downloads badly, so the site tells the learner
 * and offers progress as text instead of a file.
 *
 * Markers, with the user agents they were checked against (docs/chat-apps.md lists them in full):
 * - WeCom (企业微信): `wxwork/` — it also carries `MicroMessenger/`, so it is tested first.
 *   iOS and Android UAs from dromara/hutool `UserAgentUtilTest` (parseWorkWxTest,
 *   parseWxworkMobileTest).
 * - WeChat (微信): `MicroMessenger/`. iOS from hutool (parseMicroMessengerTest, issue 1177);
 *   Android (`… MMWEBID/… MicroMessenger/8.0.28 … WeChat/arm64 Weixin …`) from public request logs.
 * - DingTalk (钉钉): `DingTalk` followed by `/` or `(` — new clients write `AliApp(DingTalk/5.1.33)`
 *   or `DingTalk/7.6.20`, the Windows client `DingTalk(6.5.40-Release…)`. iOS from hutool
 *   (parseDingTalkTest), Android (`… AliApp(DingTalk/4.5.8) com.alibaba.android.rimet/…`) from
 *   public request logs.
 * - Feishu (飞书) and its international edition Lark: `Lark/` (e.g. `Lark/5.10.4 LarkLocale/zh_CN
 *   ChannelName/Feishu TTWebView/…` on Android; the open platform's message events show the same
 *   `Lark/x LarkLocale/…` on desktop), or the word `Feishu`.
 */

export type ChatApp = 'wechat' | 'wecom' | 'dingtalk' | 'feishu';
export type Platform = 'ios' | 'android' | 'other';

export interface InAppBrowser {
  app: ChatApp;
  platform: Platform;
}

/** Markers in the order they are tried: WeCom before WeChat, whose marker WeCom also carries. */
const MARKERS: readonly (readonly [ChatApp, RegExp])[] = [
  ['wecom', /\bwxwork\//i],
  ['wechat', /\bMicroMessenger\//i],
  ['dingtalk', /\bDingTalk[/(]/i],
  ['feishu', /\bLark\/|\bFeishu\b/i],
];

/** Any of the markers: whether to load the chat-app hint at all (src/directives/in-app.ts). */
export const IN_APP_MARKER = new RegExp(MARKERS.map(([, marker]) => marker.source).join('|'), 'i');

/** The phone's platform: iPhone/iPad (all WebKit, no service worker in app views) or Android. */
export function platformOf(userAgent: string): Platform {
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return 'ios';
  if (/\bAndroid\b/.test(userAgent)) return 'android';
  return 'other';
}

/** The chat app whose browser sent `userAgent`, with its platform; `undefined` for any other browser. */
export function detectInApp(userAgent: string): InAppBrowser | undefined {
  const found = MARKERS.find(([, marker]) => marker.test(userAgent));
  return found === undefined ? undefined : { app: found[0], platform: platformOf(userAgent) };
}
