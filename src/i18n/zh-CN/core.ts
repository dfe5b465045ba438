/** Site-wide strings: header, footer, home, doors, themes, storage notices. */
export const core = {
  'site.name': '政企差旅销售训练营',
  'site.tagline': '把一份老销售的培训原稿，练成上场就能用的本事',
  'site.description':
    '面向差旅服务商销售新人、培训师和一线销售的政企客户销售培训：七节课、情景模拟、测验与速查卡。',
  'nav.skip': '跳到正文',
  'nav.main': '主导航',
  'nav.home': '首页',
  'nav.path': '学习路径',
  'nav.scenarios': '情景模拟',
  'nav.practice': '练习',
  'nav.workshop': '培训师',
  'nav.refresh': '速查',
  'theme.toggle': '切换深色/浅色',
  'footer.source': '内容依据原稿《政企客户销售中常见问题及注意事项》整理，补充内容均有标注。',
  'footer.privacy': '学习进度只保存在你的浏览器里，不会上传。',
  'home.intro':
    '这套课程讲的是一件具体的事：作为差旅服务商（TMC）的销售，怎样把机票差旅服务卖给大型政企客户——选哪些客户、见面前摸清什么、怎样看待现有服务商、三次约见怎么谈、合同里防什么坑、签约后怎样守住客户。',
  'home.doors': '从这里开始',
  'home.door.learn.title': '我是新人：按路径学',
  'home.door.learn.text':
    '七节课按顺序学，每课有学习目标、案例、常见误区和会前要点，进度自动保存。',
  'home.door.learn.cta': '进入学习路径',
  'home.door.workshop.title': '我是培训师：带一场工作坊',
  'home.door.workshop.text': '投影用的讲解视图、讨论题、带教提示和可打印的讲义。',
  'home.door.workshop.cta': '进入培训师区',
  'home.door.refresh.title': '我要见客户：十分钟速查',
  'home.door.refresh.text': '手机上快速翻看各阶段要点、竞争对手打法和合同清单。',
  'home.door.refresh.cta': '进入速查',
  'home.lessons': '七节课',
  'home.progress': '你的进度',
  'common.minutes': '约 {n} 分钟',
  'common.lessonN': '第 {n} 课',
  'common.reload': '重新加载',
  'common.partFailed':
    '这一步要用的程序没能载入（可能断网了，也可能网站刚更新过）。请刷新页面再试；你的记录没有任何改动。',
  'notice.unavailable':
    '浏览器不允许本站保存数据（可能是无痕模式或禁用了存储），本次学习进度只保留到关闭页面为止。',
  'notice.full': '浏览器存储空间已满，新的进度暂时只保存在本页面中。请清理空间后刷新。',
  'notice.recovered': '保存的学习记录有一部分无法读取，已按可读部分恢复；原始数据已另存一份备份。',
  'notice.unsaved':
    '有一份保存的学习记录无法读取，而且存储空间不足，没能另存备份。为了不覆盖原始数据，这部分新进度只保存在本页面中，关闭页面就会丢失。请先下载原始记录，再清理浏览器空间后刷新。',
  'notice.skipped':
    '其中有 {n} 条记录内容不合理（比如日期不存在、题数或分数对不上），已略过，不计入进度，也不会显示。',
  'notice.download': '下载原始记录',
  'notice.dismiss': '知道了',
  'notFound.title': '页面不存在',
  'notFound.text': '你要找的页面不在这里。可以回到首页或学习路径继续学习。',
} as const;
