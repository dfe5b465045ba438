import { describe, expect, test } from 'vitest';
import { detectInApp, IN_APP_MARKER, platformOf } from '../../../../src/lib/browser/in-app';

/**
 * Real user agents of the apps (sources in docs/chat-apps.md): versions vary, the markers do not.
 */
const IN_APP = [
  // dromara/hutool UserAgentUtilTest.parseMicroMessengerTest (issue 1177)
  [
    'wechat',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) AppleWebKit/604.1.38 (KHTML, like Gecko) Mobile/15A372 MicroMessenger/7.0.17(0x17001127) NetType/WIFI Language/zh_CN',
  ],
  [
    'wechat',
    'android',
    'Mozilla/5.0 (Linux; Android 12; M2102J20SG Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 XWEB/4317 MMWEBSDK/20220903 Mobile Safari/537.36 MMWEBID/6232 MicroMessenger/8.0.28.2240(0x28001C35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  ],
  // hutool parseWorkWxTest / parseWxworkMobileTest
  [
    'wecom',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/3.0.31 MicroMessenger/7.0.1 Language/zh',
  ],
  [
    'wecom',
    'android',
    'Mozilla/5.0 (Linux; Android 10; JSN-AL00 Build/HONORJSN-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/77.0.3865.120 MQQBrowser/6.2 TBS/045710 Mobile Safari/537.36 wxwork/3.1.10 ColorScheme/Light MicroMessenger/7.0.1 NetType/WIFI Language/zh Lang/zh',
  ],
  // hutool parseDingTalkTest; Android from public request logs
  [
    'dingtalk',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/18A373 AliApp(DingTalk/5.1.33) com.laiwang.DingTalk/13976299 Channel/201200 language/zh-Hans-CN WK',
  ],
  [
    'dingtalk',
    'android',
    'Mozilla/5.0 (Linux; U; Android 8.0.0; zh-CN; MHA-AL00 Build/HUAWEIMHA-AL00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/40.0.2214.89 UCBrowser/11.6.4.950 UWS/2.11.1.50 Mobile Safari/537.36 AliApp(DingTalk/4.5.8) com.alibaba.android.rimet/10380049 Channel/227200 language/zh-CN',
  ],
  [
    'dingtalk',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 DingTalk/7.6.20 Language/zh-Hans CN',
  ],
  // Feishu Android (ChannelName/Feishu), iOS; the desktop client as the open platform's events show it
  [
    'feishu',
    'android',
    'Mozilla/5.0 (Linux; Android 9; MI 6X Build/PKQ1.180904.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/75.0.3770.156 Mobile Safari/537.36 Lark/5.10.4 LarkLocale/zh_CN ChannelName/Feishu TTWebView/0751130016452',
  ],
  [
    'feishu',
    'ios',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Lark/7.30.6 ChannelName/IPA MoEngagePlugin/CHANNELID/IOS',
  ],
  [
    'feishu',
    'other',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 13_2_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.53 Safari/537.36 Lark/6.7.5 LarkLocale/en_US ttnet SDK-Version/6.7.8',
  ],
] as const;

/** The phones' own browsers and desktop browsers: never a chat app. */
const BROWSERS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) CriOS/56.0.2924.75 Mobile/14E5239e Safari/602.1',
  'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S908B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/22.0 Chrome/111.0.5563.116 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; U; Android 7.0; zh-CN; FRD-AL00 Build/HUAWEIFRD-AL00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/40.0.2214.89 UCBrowser/11.3.8.909 UWS/2.10.2.5 Mobile Safari/537.36 UCBS/2.10.2.5 Nebula AlipayDefined(nt:WIFI,ws:360|0|3.0) AliApp(AP/10.0.18.062203) AlipayClient/10.0.18.062203 Language/zh-Hans useStatusBar/true',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.69 Safari/537.36 Edg/81.0.416.34',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
  '',
];

describe('chat-app browsers', () => {
  test.each(IN_APP)('recognises %s on %s', (app, platform, ua) => {
    expect(detectInApp(ua)).toEqual({ app, platform });
  });
  test('WeCom is not taken for WeChat although it carries MicroMessenger', () => {
    expect(detectInApp(IN_APP[2][2])?.app).toBe('wecom');
    expect(IN_APP[2][2]).toContain('MicroMessenger/');
  });
  test('leaves the phone’s own browsers, other apps and desktop browsers alone', () => {
    for (const ua of BROWSERS) expect(detectInApp(ua)).toBeUndefined();
  });
  test('the one-pattern pre-check (for the hydration directive) agrees with the detection', () => {
    for (const [, , ua] of IN_APP) expect(IN_APP_MARKER.test(ua)).toBe(true);
    for (const ua of BROWSERS) expect(IN_APP_MARKER.test(ua)).toBe(false);
  });
  test('is not fooled by a marker inside another word', () => {
    expect(detectInApp('Mozilla/5.0 Skylark/2.0 NotMicroMessenger/1 swxwork/1')).toBeUndefined();
  });
  test('reads the platform from the device part of the UA', () => {
    expect(platformOf(BROWSERS[0]!)).toBe('ios');
    expect(platformOf(BROWSERS[2]!)).toBe('android');
    expect(platformOf(BROWSERS[4]!)).toBe('other');
  });
});
