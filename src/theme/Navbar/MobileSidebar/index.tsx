/**
 * theme-classic's phone menu (the drawer the navbar's ☰ button opens), rendered when the main thread is idle
 * instead of in the render that follows hydration.
 *
 * On a docs page the drawer holds the whole docs sidebar. Docusaurus renders it, hidden, as soon as it knows the
 * screen is narrow: right after hydration, in a render React does not split, which made one of the longest tasks
 * of a glossary page's load on a phone (README, "Where a page's main thread goes"). Here it is rendered in the
 * first idle period, as a transition that React splits into short slices, or at once if the reader opens the menu
 * before that.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

export default function NavbarMobileSidebarWrapper(): ReactNode {
  const { shouldRender, shown } = useNavbarMobileSidebar();
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!shouldRender || idle) return undefined;
    const render = () => startTransition(() => setIdle(true));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(render, { timeout: 5000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(render, 200);
    return () => clearTimeout(handle);
  }, [shouldRender, idle]);
  return idle || shown ? <NavbarMobileSidebar /> : null;
}
