/** Strings of the workshop area: result codes and the trainer's roster. */
export const workshop = {
  'code.title': '给培训师的结果码',
  'code.lead':
    '工作坊现场：填上你的名字或昵称，生成结果码，念给培训师或贴到培训师的表里。结果码只含名字、本项得分和每题对错，不上传任何地方。',
  'code.name': '名字或昵称',
  'code.make': '生成结果码',
  'code.needName': '请先填名字或昵称。',
  'code.noResult': '完成本项并交卷（或走到结局）后，才能生成结果码。',
  'code.yours': '你的结果码（{score} 分）：',
  'code.copy': '复制结果码',
  'code.copied': '已复制。',
  'code.error.empty': '请先粘贴或输入结果码。',
  'code.error.malformed': '结果码格式不对：可能抄漏或多抄了字符，请对照学员屏幕重新输入。',
  'code.error.checksum': '结果码校验未通过：有字符抄错或被改动过，请让学员重新念一遍或直接复制。',
  'code.error.format': '结果码版本不认识：请学员刷新页面后重新生成。',
  'code.error.item': '这个结果码属于另一项练习，不是本场所选的「{item}」，未计入。',
  'code.error.content':
    '这个结果码来自另一版课程内容（题目已调整），无法对到本场的题目，未计入。请学员刷新页面后重做再生成。',
  'code.error.impossible':
    '这个结果码内容不合常理（题数、得分或答题记录对不上），可能被改动过，未计入。请学员在自己的设备上重新生成。',
  'roster.title': '现场成绩表',
  'roster.lead':
    '学员做完测验或情景模拟后生成结果码，你粘贴或照投影输入到这里，马上看到全场的分数分布和多数人做错的题——这就是接下来要讨论的。数据只存在这台电脑的浏览器里。',
  'roster.item': '本场内容',
  'roster.chooseItem': '请选择本场要统计的测验或情景模拟',
  'roster.codes': '结果码（每行一个，可直接粘贴多行）',
  'roster.add': '加入成绩表',
  'roster.added': '已加入 {n} 个结果码。',
  'roster.duplicates': '{n} 个结果码已经在表里，没有重复计入。',
  'roster.over':
    '成绩表最多收 {max} 个结果码，还有 {n} 个没有加入，已留在输入框里。请先导出 CSV 并清空本场，或移除不需要的结果码后再加入。',
  'roster.sameName':
    '「{name}」交了 {n} 个结果码。如果是同一个人重做，统计只算最后一份；如果是同名的不同学员，请点「算作不同的人」。',
  'roster.distinct': '算作不同的人',
  'roster.same': '算作同一人（只算最后一份）',
  'roster.notCounted': '未计入（同名，只算最后一份）',
  'roster.refused': '第 {line} 行未加入：{reason}',
  'roster.empty': '还没有结果码。',
  'roster.people': '已收 {n} 人',
  'roster.mean': '平均分 {mean}，中位数 {median}',
  'roster.distribution': '分数分布',
  'roster.band': '{from}–{to} 分',
  'roster.bandCount': '{n} 人',
  'roster.missed': '多数人做错的（讨论重点）',
  'roster.missedRow': '{wrong}/{asked} 人做错',
  'roster.noneMissed': '目前没有人做错。',
  'roster.learners': '学员',
  'roster.name': '名字',
  'roster.score': '得分',
  'roster.remove': '移除',
  'roster.removeOf': '移除 {name} 的结果码',
  'roster.csv': '导出 CSV',
  'roster.clear': '清空本场',
  'roster.print': '打印本场小结（一页）',
  'roster.summaryOf': '本场小结：{item}',
  'scan.title': '扫码收卷',
  'scan.lead':
    '打开笔记本摄像头，请学员排队把手机上的结果二维码对准镜头，停一两秒就行。每收到一份，屏幕上会显示名字和分数，并响一声；同一份扫两次不会重复计分。',
  'scan.start': '打开摄像头扫码',
  'scan.stop': '关闭摄像头',
  'scan.starting': '正在打开摄像头……',
  'scan.on': '摄像头已打开：请学员把二维码对准镜头。',
  'scan.video': '摄像头画面',
  'scan.mute': '关闭提示音',
  'scan.got': '已收到：{name}，{score} 分。',
  'scan.again': '{name}（{score} 分）已经收过了，没有重复计入。',
  'scan.refused': '扫到的结果码未加入：{reason}',
  'scan.over': '成绩表已满 {max} 份，这一份没有加入。',
  'scan.denied':
    '浏览器没有允许使用摄像头。可在地址栏左侧的网站权限里改为「允许」后再点一次；也可以直接把结果码粘贴到下面的框里。',
  'scan.absent':
    '没有找到可用的摄像头（或者正被视频会议等其他程序占用）。请把结果码粘贴到下面的框里。',
  'scan.failed': '摄像头没能打开。请刷新页面再试，或者把结果码粘贴到下面的框里。',
  'scan.decoderFailed':
    '二维码识别模块没有加载成功（可能网络断了）。请刷新页面再试，或者把结果码粘贴到下面的框里。',
  'roster.itemTest': '第 {n} 课测验：{title}',
  'roster.itemExam': '综合考试',
  'roster.itemScenario': '情景模拟：{title}',
  'workshop.lead':
    '一台笔记本、一台投影、一屋子新人，不要服务器、不要账号：用课程、情景模拟和测验带一场工作坊。下面是一场课的样子、两份现成议程和每个环节的带法。',
  'workshop.openRoster': '打开现场成绩表',
  'workshop.sessionTitle': '一场课怎么开（五步）',
  'workshop.step1':
    '在本页选一份议程（90 分钟或半天）；课前在下面的「打印材料」里打出要用的讲义和决策卡。',
  'workshop.step2':
    '点议程里的情景模拟（或「在投影上带练」里的一项）进入培训师控制台，点「打开观众屏」，把新窗口拖到投影上按 F11。',
  'workshop.step3':
    '每到一个决定，请大家举手，把票数填进控制台，按 R 公布分布、讲专家做法，再按 → 走全场选的那一项。',
  'workshop.step4':
    '请学员用自己的手机做测验或情景模拟，生成结果码发给你；打开现场成绩表，把结果码整段粘贴进去。',
  'workshop.step5': '投影分数分布和“多数人做错的”来讲评；要留档就导出 CSV，或打印一页本场小结。',
  'workshop.agendasTitle': '议程模板',
  'workshop.colTime': '时间（分钟）',
  'workshop.colPart': '环节与所用内容',
  'workshop.colHow': '怎么带',
  'workshop.minutes': '{from}–{to}',
  'workshop.useLesson': '第 {n} 课：{title}',
  'workshop.useScenario': '情景模拟（投影带练）：{title}',
  'workshop.partsTitle': '每个环节怎么带',
  'workshop.part.lesson': '讲解',
  'workshop.part.lessonHow':
    '每次只讲一课里的两三个要点，讲一点就问一句“我们手上哪个客户是这样？”；数字照课程里的讲，不要凭印象改。课程页打印出来就是讲义。',
  'workshop.part.scenario': '情景模拟（全场投票）',
  'workshop.part.scenarioHow':
    '在培训师控制台打开情景，观众屏放到投影上。念出情境后先别公布：请大家举手（或各组商量后报一个选项），把票数填进控制台，按 R 公布分布，讲专家做法和培训师备注里的追问，再按 → 走全场多数选的那一项（或你指定的那一项）。',
  'workshop.part.test': '测验与结果码',
  'workshop.part.testHow':
    '学员在自己手机上做，交卷后在页面下方填名字生成结果码；结果码只含名字、得分和每题对错。',
  'workshop.part.roster': '讲评',
  'workshop.part.rosterHow':
    '结果码贴进现场成绩表，先看分数分布，再挑“多数人做错的”前三题讨论：问当时怎么想的，再回到课程里对应的小节。',
  'workshop.mistakesTitle': '可直接拿来讨论的：各课常见误区',
} as const;
