/** theme-classic's desktop table of contents, not hydrated on a phone, where it is hidden and removed at once. */
import type { ReactNode } from 'react';
import DocItemTOCDesktop from '@theme-original/DocItem/TOC/Desktop';

import DesktopOnlyHydration from '../../../../components/DesktopOnlyHydration';

export default function DocItemTOCDesktopWrapper(): ReactNode {
  return (
    <DesktopOnlyHydration>
      <DocItemTOCDesktop />
    </DesktopOnlyHydration>
  );
}
