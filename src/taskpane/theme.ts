import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Follow the Office theme: light, dark, colourful (light) and high contrast. */
export function officeTheme(): Theme {
  try {
    const theme = Office.context?.officeTheme;
    if (!theme) return webLightTheme;
    const background = theme.bodyBackgroundColor?.toLowerCase() ?? '#ffffff';
    if (background === '#000000' && theme.bodyForegroundColor?.toLowerCase() === '#ffffff') return teamsHighContrastTheme;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
  } catch {
    return webLightTheme;
  }
}
