/** Strings of the workshop and quick-refresh areas (filled in as those areas are built). */
export const areasText = {
  'workshop.title': '培训师区',
  'refresh.title': '速查',
  'workshop.mistakesOf': '{title}：常见误区',
  'refresh.briefingOf': '{title}：会前要点',
  'scenarios.title': '情景模拟',
  'scenarios.intro': '在模拟的真实销售场景里由你做决定，看到每个决定带来的后果。',
  'practice.title': '练习与考试',
  'practice.intro': '每课的自测、课后测验、综合考试和错题本。',
} as const;
