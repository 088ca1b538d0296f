/**
 * theme-classic's phone sidebar (the docs sidebar inside the navbar's ☰ drawer), handing the drawer one prop
 * instead of four, so that no page load pays for starting the browser's collator.
 *
 * The sidebar reaches the drawer through theme-common's `NavbarSecondaryMenuFiller`, which memoizes the props it is
 * given after sorting their names with `localeCompare`. The first `localeCompare` of a page builds ICU's collator:
 * about 70 ms of a phone's main thread (4× slower CPU), inside the long task that follows hydration on every docs
 * page (README, "Where a page's main thread goes"). Sorting one entry compares nothing, so the drawer gets a single
 * prop, `menu`, memoized here on the two values it shows. What it renders is theme-classic's own markup.
 */
import { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

interface Menu {
  readonly sidebar: Props['sidebar'];
  readonly path: string;
}

function DocSidebarMobileSecondaryMenu({ menu: { sidebar, path } }: { menu: Menu }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // As theme-classic: a link, or a category that is a link, closes the drawer.
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const menu = useMemo<Menu>(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ menu }} />;
}

export default memo(DocSidebarMobile);
