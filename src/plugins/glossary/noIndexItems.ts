// What `@glossary/server-index-items` is in the browser's bundle: nothing. The glossary page's rows are in the
// server-rendered markup, which the browser keeps; the filter imports them (`@glossary/index-items`) when it is used.
export default null;
