/**
 * Leaves a desktop-only part of a page's HTML unhydrated on a narrow screen.
 *
 * During hydration Docusaurus does not know the window's size yet (`useWindowSize()` is "ssr"), so it hydrates the
 * desktop sidebar and the desktop table of contents on a phone too, where CSS hides them, and removes them in the
 * render that follows. On a phone that is work for nothing: hydrating and then unmounting a glossary page's sidebar
 * made one of the longest tasks of its load (README, "How a page loads"). So while hydrating on a narrow screen this
 * renders its wrapper with empty `dangerouslySetInnerHTML`: React hydrates the wrapper and leaves what the server
 * put inside it as it is, unread, until the next render removes it. Everywhere else (a wide screen, the server, any
 * later render) the children render as usual. (A Suspense boundary that never resolves would do the same, but
 * React's server renderer moves a large boundary's HTML behind an inline script, which the page template and the
 * Content-Security-Policy do not allow.)
 */
import type { ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

import styles from './styles.module.css';

/** Infima's desktop breakpoint, as theme-common's `useWindowSize` reads it: a window at most this wide is "mobile". */
const narrowScreen = '(max-width: 996px)';

export default function DesktopOnlyHydration({ children }: { children: ReactNode }): ReactNode {
  // `useIsBrowser()` is false only on the server and while hydrating.
  const hydrating = !useIsBrowser() && typeof window !== 'undefined';
  if (hydrating && window.matchMedia(narrowScreen).matches) {
    return (
      <div className={styles.wrapper} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
    );
  }
  return <div className={styles.wrapper}>{children}</div>;
}
