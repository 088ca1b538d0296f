// Change: wraps the original Layout; on the search plugin's results page, which has no main landmark, the
// content is wrapped in <main>. Every other page is rendered as the original renders it.
import useRouteContext from '@docusaurus/useRouteContext';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { ComponentProps, ReactNode } from 'react';

type Props = ComponentProps<typeof LayoutType>;

/** Routes whose page component renders no <main> of its own. */
const pluginsWithoutMain = new Set(['@easyops-cn/docusaurus-search-local']);

/**
 * The search plugin's results page has no main landmark (axe: landmark-one-main, region), so readers of
 * assistive technology cannot jump to the results; its content is wrapped in <main> here. Docs, blog and pages
 * render their own <main> and are left as they are.
 */
export default function LayoutWrapper({ children, ...props }: Props): ReactNode {
  const { plugin } = useRouteContext();
  return (
    <Layout {...props}>{pluginsWithoutMain.has(plugin.name) ? <main>{children}</main> : children}</Layout>
  );
}
