/** The pane's theme, chosen from Office's in the entry (components only get the result). */
export type PaneTheme = 'light' | 'dark';

/**
 * Office's theme body colour ('#RRGGBB', read by src/hosts/excel) to light or dark: a dark body
 * (Office's Black and Dark Gray themes) gets Fluent's dark theme. Unknown colours stay light.
 */
export function themeFromBackground(color: string | undefined | null): PaneTheme {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return 'light';
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // Relative luminance (sRGB weights, gamma ignored: only the side of 0.5 matters here).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
