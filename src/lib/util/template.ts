/**
 * Fills `{name}` placeholders in a UI string; a placeholder without a value stays as written, so a
 * missing parameter shows up on the page instead of vanishing.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
