import { barLength } from '../../lib/charts/scale';

interface Props {
  wrong: number;
  asked: number;
  /** People in the room: every bar is drawn against it so bars compare across questions. */
  room: number;
}

/**
 * One bar of the most-missed list: how many got it wrong (filled) of how many were asked (track),
 * against the room. The list item's text carries the same numbers.
 */
export default function MissBar({ wrong, asked, room }: Props) {
  const track = barLength(asked, Math.max(room, asked), 200);
  return (
    <svg
      class="miss-bar"
      viewBox="0 0 200 16"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect class="bar-track" x="0" y="2" width={track} height="12" rx="2" />
      <rect
        class="bar-fill miss-fill"
        x="0"
        y="2"
        width={barLength(wrong, Math.max(room, asked), 200)}
        height="12"
        rx="2"
      />
    </svg>
  );
}
