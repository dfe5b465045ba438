/** Strings of the printables (decision cards, lesson handouts) and the result code's QR code. */
export const print = {
  'code.showQr': '显示二维码',
  'code.qrLabel': '结果码 {code} 的二维码',
  'code.qrHint':
    '培训师扫码收卷时：把手机亮度调到最高，屏幕正对笔记本摄像头，伸直手臂（约一臂远）拿稳一两秒，听到“嘀”一声就收到了。',

  'print.button': '打印',
  'print.back': '← 返回培训师页面',
  'print.sectionTitle': '打印材料',
  'print.sectionLead':
    '开课前打印好：每课一页讲义发给学员；情景模拟的决策卡分给各组讨论，答案页留在培训师手里。打印时选 A4、不缩放。',
  'print.handoutsTitle': '一页讲义',
  'print.cardsTitle': '情景决策卡',
  'print.handoutOf': '第 {n} 课讲义：{title}',
  'print.cardsOf': '决策卡：{title}',

  'handout.title': '第 {n} 课 · {title}',
  'handout.eyebrow': '课堂讲义（共 {total} 课）',
  'handout.objectives': '学完这一课，你能',
  'handout.points': '会前要点',
  'handout.playbook': '速查卡要点',
  'handout.mistakes': '常见误区',
  'handout.instead': '怎么做：',
  'handout.prompts': '课堂讨论',
  'handout.where':
    '完整课程（含案例、行业变化说明和自测题）：本站「学习路径」第 {n} 课，网址 {path}',
  'handout.screenLead':
    '这是一页 A4 讲义，内容取自本课的会前要点、速查卡和常见误区。点「打印」或用浏览器打印即可。',

  'cards.lead':
    '分组讨论用：先发简报卡，再按顺序一张张发决策卡，让每组选一个选项并说出理由。最后的「答案与讲解」从新的一页开始，只给培训师。',
  'cards.case': '本场案例',
  'cards.caseHint':
    '这个情景每次抽一个客户案例。选好本场用的案例再打印，卡片和答案都会换成这个案例。',
  'cards.setTitle': '学员卡片（{case}）',
  'cards.setTitleNoCase': '学员卡片',
  'cards.brief': '情景简报',
  'cards.minutes': '约 {n} 分钟',
  'cards.caseLabel': '客户：{label}',
  'cards.clues': '已掌握的情况',
  'cards.decision': '决策 {n}：{title}',
  'cards.options': '选项',
  'cards.count': '本案例共 {n} 个决策点。',
  'cards.keyTitle': '答案与讲解（培训师用，不发给学员）',
  'cards.keyOf': '决策 {n}：{title}',
  'cards.expert': '专家选择：',
  'cards.expertAlso': '如果前面走了别的路，这一步的最佳选择会变成：',
  'cards.why': '为什么：',
  'cards.lesson': '课程出处：',
  'cards.notes': '培训师提示',
  'cards.prompts': '可以问全场',
  'cards.scenarioNotes': '关于整个情景',
} as const;
