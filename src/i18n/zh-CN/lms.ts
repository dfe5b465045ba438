/** Strings of the LMS course packages (SCORM 1.2, SCORM 2004, cmi5): the launch page only. */
export const lms = {
  'lms.frameTitle': '课程内容',
  'lms.noLms':
    '没有连上学习平台：这次的学习进度只保存在本浏览器里，不会计入平台成绩。请从公司学习平台里打开本课程。',
  'lms.initFailed':
    '学习平台没有接受本课程的连接（错误 {code}）。进度先保存在本浏览器里；请关闭后从平台重新打开，仍不行请联系平台管理员。',
  'lms.writeFailed':
    '学习平台没有接受部分学习记录（错误 {code}）。进度已保存在本浏览器里，下次打开时会再提交一次。',
  'lms.exit': '退出课程',
  'lms.exiting': '正在提交学习记录，请稍候……',
  'lms.exited': '学习记录已提交，可以关闭本页了。',
  'lms.browseMode': '浏览模式：这次可以随意翻看，学习进度和测验成绩不计入学习平台。',
  'lms.reviewMode': '复习模式：这次只供回看，学习进度和测验成绩不会再计入学习平台。',
  'lms.cmi5Description':
    '面向政企客户销售公司差旅（机票）服务的训练课程：七节课、课后测试、情景模拟与结业考试。',
} as const;
