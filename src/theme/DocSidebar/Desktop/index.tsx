/** theme-classic's desktop sidebar, not hydrated on a phone, where it is hidden and removed at once. */
import type { ReactNode } from 'react';
import DocSidebarDesktop from '@theme-original/DocSidebar/Desktop';
import type DocSidebarDesktopType from '@theme/DocSidebar/Desktop';
import type { WrapperProps } from '@docusaurus/types';

import DesktopOnlyHydration from '../../../components/DesktopOnlyHydration';

type Props = WrapperProps<typeof DocSidebarDesktopType>;

export default function DocSidebarDesktopWrapper(props: Props): ReactNode {
  return (
    <DesktopOnlyHydration>
      <DocSidebarDesktop {...props} />
    </DesktopOnlyHydration>
  );
}
