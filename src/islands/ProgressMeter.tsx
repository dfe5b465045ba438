import type { CourseCompletion } from '../lib/progress/reading';

interface Props {
  done: CourseCompletion;
  label: string;
  /** e.g. `已读 {read}/{total} 课` */
  template: string;
}

/** A labelled progress bar; rendered inside islands that already read the store. */
export default function ProgressMeter({ done, label, template }: Props) {
  const text = template.replace('{read}', String(done.read)).replace('{total}', String(done.total));
  return (
    <div class="progress-meter">
      <p class="progress-text" id="course-progress-text">
        <span class="visually-hidden">{label}：</span>
        {text}
      </p>
      <progress
        max={done.total}
        value={done.read}
        aria-labelledby="course-progress-text"
        data-read={done.read}
      >
        {done.percent}%
      </progress>
    </div>
  );
}
