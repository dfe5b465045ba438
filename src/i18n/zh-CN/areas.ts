/** Strings of the workshop and quick-refresh areas (filled in as those areas are built). */
export const areasText = {
  'workshop.title': '培训师区',
  'workshop.intro':
    '这里将提供带工作坊所需的一切：投影用的讲解视图、情景模拟的全场投票、带教提示和讨论题、可打印的讲义。',
  'workshop.meanwhile': '在此之前，你可以直接用课程页面带课：每课的“常见误区”适合做讨论，“会前要点”适合做课前回顾，页面打印即是讲义。',
  'refresh.title': '速查',
  'refresh.intro': '这里将提供见客户前十分钟就能翻完的速查卡、全文搜索和离线使用。',
  'refresh.meanwhile': '在此之前，每一课末尾的“会前要点”就是最快的复习材料：',
  'workshop.mistakesOf': '{title}：常见误区',
  'refresh.briefingOf': '{title}：会前要点',
  'scenarios.title': '情景模拟',
  'scenarios.intro': '在模拟的真实销售场景里由你做决定，看到每个决定带来的后果。',
  'practice.title': '练习与考试',
  'practice.intro': '每课的自测、课后测验、综合考试和错题本。',
} as const;
