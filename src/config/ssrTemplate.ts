/**
 * The page template (Docusaurus' own, from @docusaurus/core/lib/ssg/ssgTemplate.html.js in 3.10) with one change:
 * the bundles are requested after the first paint instead of from <head>.
 *
 * Every page is complete as static HTML; JavaScript only adds search, tooltips, calculators and client-side
 * navigation. Requested from <head>, the main bundle shares a slow connection with the stylesheet and the
 * formula fonts and delays the first paint (Lighthouse's simulated 4G counts it in FCP and LCP). Requested once the
 * page has painted, it arrives a frame later and takes nothing from the text. The list of bundles is a JSON data
 * block (the Content-Security-Policy does not apply to data); the loader below is constant, so one hash in
 * deploy/nginx/security-headers.conf allows it. `async = false` keeps the bundles' order, as `defer` did.
 */
/** The id of the page's list of bundles: the loader below reads it, `src/plugins/page-bundles` rewrites it. */
export const bundleListId = '__docusaurus-bundles';

export const bundleLoaderScript =
  `(function(){function l(){JSON.parse(document.getElementById('${bundleListId}').textContent)` +
  ".forEach(function(s){var e=document.createElement('script');e.src=s;e.async=false;document.head.appendChild(e)})}" +
  "if(document.visibilityState==='visible'&&window.requestAnimationFrame){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(l,0)})})}else{setTimeout(l,0)}})()";

export const ssrTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script type="application/json" id="${bundleListId}"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>
    <script>${bundleLoaderScript}</script>
  </body>
</html>
`;
