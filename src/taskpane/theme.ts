/** Picks the Fluent theme that matches the Office theme the user chose. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 dark .. 1 light) of a "#rrggbb" colour; null if it is not one. */
export function luminanceOf(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The dark theme when Office's body background is dark, the light theme otherwise. */
export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const lum = luminanceOf(officeTheme?.bodyBackgroundColor);
  return lum !== null && lum < 0.5 ? webDarkTheme : webLightTheme;
}
