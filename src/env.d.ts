declare namespace App {
  interface Locals {
    /**
     * The 参考资料 of the lesson being rendered. Set by `src/pages/lessons/[id].astro` before the
     * lesson body renders, so that `<Callout sources="…">` can name the sources it cites.
     */
    lessonSources?: readonly import('./schemas/lesson').LessonSourceRef[];
  }
}

declare namespace Astro {
  interface ClientDirectives {
    /** Hydrates only in a chat app's browser (WeChat, WeCom, DingTalk, Feishu): src/directives/in-app.ts. */
    'client:in-app'?: boolean;
  }
}
