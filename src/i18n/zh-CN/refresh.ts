/** Strings of the quick-refresh cards, search and offline use. */
export const refresh = {
  'refresh.lead': '见客户前十分钟，在手机上翻完。每张卡一屏，内容和课程同源，断网也能看。',
  'refresh.cardsTitle': '速查卡',
  'refresh.briefingsTitle': '各课的会前要点',
  'refresh.cardOf': '速查卡 · {title}',
  'refresh.fromLesson': '出自第 {n} 课「{title}」',
  'refresh.readLesson': '回到课程：{title}',
  'refresh.inLesson': '详见课程',
  'refresh.added': '课程补充',
  'refresh.back': '全部速查卡',
  'refresh.selfTest': '五题自测',
  'refresh.selfTestIntro': '从「{title}」的题库随机抽 5 道题，交卷后逐题讲解；答错的题会进错题本。',
  'refresh.tiersUnit': '月票量（万元/月）',
  'refresh.after': '见完之后',
  'refresh.remark': '提醒',
  'refresh.offlineReady':
    '学习内容已可离线使用：第一次打开后，没有信号也能看课程、速查卡、测验和搜索。',
  'search.title': '搜索',
  'search.lead': '搜索课程、速查卡、情景模拟和题目。中文词即可，如「月票量」「回款」「航信」。',
  'search.label': '搜索关键词',
  'search.submit': '搜索',
  'search.placeholder': '例如：返点',
  'search.searching': '正在搜索…',
  'search.count': '找到 {n} 个页面',
  'search.none': '没有找到「{q}」。换一个词试试，比如更短的词。',
  'search.unavailable': '搜索暂时无法使用。请刷新页面再试。',
  'search.noscript': '搜索需要启用 JavaScript。你也可以从速查卡和学习路径进入各课。',
  'search.results': '搜索结果',
  'offline.title': '当前离线',
  'offline.text': '这个页面还没有保存到本机，联网后再打开就能看到。已经保存的内容可以从下面进入：',
  'offline.packLead':
    '学员用的课程、速查卡和测验，第一次打开本站时已经存到本机。主讲台、投屏页、打印用的卡片和讲义、结果码名单要另存：去没有稳定网络的会议室开课前，在这里按一下「离线备课」。',
  'pwa.shortName': '差旅销售',
  'pack.title': '离线备课',
  'pack.lead':
    '培训室的网络常常靠不住。打开培训师区的任何一页时，本机就会自动保存主讲台、投屏页、打印用的卡片和讲义、结果码名单；出发前看到下面显示「已全部存到本机」再走。没有显示，就按一下「离线备课」。',
  'pack.button': '离线备课',
  'pack.idle': '培训资料还没有确认存到本机。',
  'pack.starting': '正在准备保存培训资料……',
  'pack.progress': '正在保存培训资料：{done} / {total} 个文件，{bytes} / {totalBytes}',
  'pack.done':
    '培训资料已全部存到本机（{total} 个文件，共 {totalBytes}）。断网时也能打开主讲台、投屏页、讲义和卡片。',
  'pack.failed':
    '还有 {count} 个文件没能保存：{urls}。已保存 {done} / {total} 个文件。请确认联网后再按一次「离线备课」。',
  'pack.more': '等',
  'pack.unsupported':
    '这个浏览器不能保存离线资料（常见于微信、企业微信、钉钉、飞书里直接打开的页面，或无痕模式）。请用电脑或手机自带的浏览器打开本页，再按「离线备课」。',
} as const;
