/** The pane's root: Fluent's theme (light or dark, decided by the entry from Office's) around the content. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PaneTheme } from '../theme';

export function App({ theme, children }: { theme: PaneTheme; children: ReactNode }) {
  return (
    <FluentProvider
      theme={theme === 'dark' ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100vh' }}
    >
      {children}
    </FluentProvider>
  );
}
