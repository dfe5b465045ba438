/** Strings for reps who open the site inside a chat app (WeChat, WeCom, DingTalk, Feishu). */
export const chat = {
  'chat.app.wechat': '微信',
  'chat.app.wecom': '企业微信',
  'chat.app.dingtalk': '钉钉',
  'chat.app.feishu': '飞书',
  'chat.hint.title': '在{app}里打开本站，先看这几句',
  'chat.hint.works': '能用的：读课、做测验、练情景模拟都没问题，进度记在{app}里。',
  'chat.hint.limits.ios':
    '用不了的：离线学习；和手机浏览器共用进度（两边各记各的）；下载进度文件。',
  'chat.hint.limits.other':
    '靠不住的：离线学习时灵时不灵；进度和手机浏览器不共用（两边各记各的）；进度文件常常下载不了。',
  'chat.hint.open': '想离线学、让进度长期留住，就换到手机自带的浏览器：{gesture}。',
  'chat.gesture.wechat.ios': '点右上角「···」，选「在 Safari 中打开」',
  'chat.gesture.wechat.other': '点右上角「···」，选「在浏览器打开」',
  'chat.gesture.wecom.ios': '点右上角「···」，选「Safari」',
  'chat.gesture.wecom.other': '点右上角「···」，在菜单里选用浏览器打开的那一项',
  'chat.gesture.dingtalk': '点右上角「···」，在菜单里选在浏览器打开的那一项',
  'chat.gesture.feishu': '点右上角「···」，选「浏览器打开」',
  'chat.hint.carry':
    '换之前，先在「我的进度」页点「复制进度文本」，到浏览器里粘贴导入，学过的记录就跟过去了。',
  'chat.hint.carryLink': '去复制进度文本',
  'chat.hint.dismiss': '知道了',

  'data.text.title': '不用文件：用一段文本搬进度',
  'data.text.intro':
    '在微信、钉钉这类聊天软件里，文件常常下载不了。把进度复制成一段文本，发给自己或存进备忘录，再到另一个浏览器粘贴导入，和进度文件一样管用。',
  'data.text.inApp':
    '你现在是在聊天软件里打开的本站，这里下载、选择文件多半不成功，请用「复制进度文本」。',
  'data.text.copy': '复制进度文本',
  'data.text.copied':
    '已复制进度文本（{n} 个字符）。到要接着学的浏览器打开「我的进度」，粘贴到下面的框里导入。',
  'data.text.copyFailed':
    '浏览器不让直接复制。请长按下面的文本框，全选后复制；复制成功后这里会提示。',
  'data.text.manualCopied': '已复制进度文本（{n} 个字符）。',
  'data.text.box': '进度文本（只读）',
  'data.text.qr':
    '进度文本的二维码，共 {n} 个字符。用另一台手机扫码，把扫出的文本粘贴到下面的框里导入。',
  'data.text.qrTooLong': '进度文本有 {n} 个字符，超过一个二维码最多能装的 {max} 个，请用复制粘贴。',
  'data.text.paste': '粘贴进度文本',
  'data.text.pasteHint':
    '粘贴以 TMCP 开头的一整段文本（导出的进度文件内容也行）。检查无误之前，不会改动你现有的任何记录。',
  'data.text.check': '检查并导入',
} as const;
