/** Facts about the learner's browser that change what we tell them about stored data. */

/**
 * True for Safari and every browser on iPhone/iPad (all run on WebKit): WebKit's tracking
 * prevention erases a site's script-written storage after seven days without a visit.
 */
export function isSafariLike(userAgent: string): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true;
  if (/Macintosh/.test(userAgent) && /Mobile\//.test(userAgent)) return true;
  return (
    /Safari\//.test(userAgent) &&
    /Version\//.test(userAgent) &&
    !/Chrome|Chromium|CriOS|FxiOS|Edg|Android/.test(userAgent)
  );
}
