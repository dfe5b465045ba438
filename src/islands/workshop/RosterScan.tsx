import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $scanMuted, submitRosterCodes, toggleScanMuted } from '../../stores/roster';
import { isNewSighting, type Sighting } from '../../lib/workshop/intake';
import { MAX_CODES } from '../../lib/workshop/roster';
import type { Catalog, DecodeError } from '../../lib/workshop/result-code';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';
import { beep, closeCamera, loadReader, openCamera, watchFrames } from './scan-camera';

interface Props {
  catalog: Catalog;
  strings: Strings<typeof ROSTER_KEYS>;
  /** The message a pasted code gets for `error`: a scanned code gets the same. */
  errorText: (error: DecodeError) => string;
}

interface Entry {
  id: number;
  text: string;
  ok: boolean;
}

type Camera = { state: 'off' | 'starting' | 'on' } | { state: 'problem'; message: string };

const LOG_SIZE = 5;

/** 扫码收卷: the camera reads learners' result QR codes into the roster, one beep per code. */
export default function RosterScan({ catalog, strings: s, errorText }: Props) {
  const muted = useStore($scanMuted) === '1';
  const [camera, setCamera] = useState<Camera>({ state: 'off' });
  const [log, setLog] = useState<Entry[]>([]);
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<() => void>(() => undefined);
  const next = useRef(0);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  // Leaving the page (or switching the item, which remounts this) turns the camera off.
  useEffect(() => () => stop.current(), []);

  const note = (text: string, ok: boolean, audio: AudioContext) => {
    next.current += 1;
    const id = next.current;
    setLog((old) => [...old, { id, text, ok }].slice(-LOG_SIZE));
    if (!mutedRef.current) beep(audio, ok);
  };

  const handle = (text: string, audio: AudioContext) => {
    const r = submitRosterCodes(catalog, [text]);
    const got = r.accepted[0];
    const refused = r.refused[0];
    if (got !== undefined) {
      const values = { name: got.value.name, score: got.value.percent };
      note(fill(got.fresh ? s['scan.got'] : s['scan.again'], values), true, audio);
    } else if (refused !== undefined) {
      note(fill(s['scan.refused'], { reason: errorText(refused.error) }), false, audio);
    } else if (r.over.length > 0) note(fill(s['scan.over'], { max: MAX_CODES }), false, audio);
  };

  const start = async () => {
    setCamera({ state: 'starting' });
    // Created on the click, so the browser lets it play.
    const audio = new AudioContext();
    const opened = await openCamera();
    if (typeof opened === 'string') {
      void audio.close();
      return setCamera({ state: 'problem', message: s[`scan.${opened}`] });
    }
    let read;
    try {
      read = await loadReader();
    } catch {
      closeCamera(opened);
      void audio.close();
      return setCamera({ state: 'problem', message: s['scan.decoderFailed'] });
    }
    const el = video.current;
    if (el === null) return closeCamera(opened);
    el.srcObject = opened;
    await el.play().catch(() => undefined);
    let last: Sighting | undefined;
    const unwatch = watchFrames(el, read, (text) => {
      const at = performance.now();
      const fresh = isNewSighting(last, text, at);
      last = { text, at };
      if (fresh) handle(text, audio);
    });
    stop.current = () => {
      unwatch();
      closeCamera(opened);
      el.srcObject = null;
      void audio.close();
      stop.current = () => undefined;
    };
    setCamera({ state: 'on' });
  };

  const turnOff = () => {
    stop.current();
    setCamera({ state: 'off' });
  };

  const on = camera.state === 'on' || camera.state === 'starting';
  return (
    <section class="roster-scan" aria-labelledby="roster-scan-title">
      <h2 id="roster-scan-title">{s['scan.title']}</h2>
      <p>{s['scan.lead']}</p>
      <p class="roster-scan-controls">
        {on ? (
          <button type="button" onClick={turnOff}>
            {s['scan.stop']}
          </button>
        ) : (
          <button type="button" onClick={() => void start()}>
            {s['scan.start']}
          </button>
        )}
        <label class="roster-scan-mute">
          <input type="checkbox" checked={muted} onChange={toggleScanMuted} />
          {s['scan.mute']}
        </label>
      </p>
      <p role="status" class="roster-scan-status" data-testid="scan-status">
        {camera.state === 'problem'
          ? camera.message
          : camera.state === 'on'
            ? s['scan.on']
            : camera.state === 'starting'
              ? s['scan.starting']
              : ''}
      </p>
      {on && (
        <video
          ref={video}
          class="roster-scan-video"
          aria-label={s['scan.video']}
          muted
          playsInline
        />
      )}
      <div role="log" class="roster-scan-log" data-testid="scan-log">
        <ol>
          {log.map((e) => (
            <li key={e.id} class={e.ok ? 'scan-ok' : 'scan-refused'}>
              {e.text}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
