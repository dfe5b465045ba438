/** Time formats of SCORM 1.2, SCORM 2004 and xAPI. Pure: times come in as arguments. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999). */
export function scorm12Timespan(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(cs / 360000));
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS`, in UTC. */
export function scorm12Time(iso: string): string {
  return iso.slice(11, 19);
}

/** ISO 8601 duration `PT#H#M#S` (SCORM 2004 timeinterval, xAPI duration), to centiseconds. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = (cs % 6000) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds}S`;
}

/** SCORM 2004 time(second,10,0): ISO time in UTC with at most two decimals. */
export function scorm2004Time(iso: string): string {
  return `${iso.slice(0, 19)}.${iso.slice(20, 22)}Z`;
}
