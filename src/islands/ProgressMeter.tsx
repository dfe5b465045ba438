import type { CourseCompletion } from '../lib/progress/reading';
import { fill } from '../lib/util/template';
import type { Strings } from './strings';
import type { PROGRESS_METER_KEYS } from './keys';

interface Props {
  done: CourseCompletion;
  strings: Strings<typeof PROGRESS_METER_KEYS>;
}

/** A labelled progress bar; rendered inside islands that already read the store. */
export default function ProgressMeter({ done, strings }: Props) {
  const text = fill(strings['progress.value'], { read: done.read, total: done.total });
  return (
    <div class="progress-meter">
      <p class="progress-text" id="course-progress-text">
        <span class="visually-hidden">{strings['progress.label']}：</span>
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
