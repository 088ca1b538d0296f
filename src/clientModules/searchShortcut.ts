import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Whether a key press belongs to something the reader is typing into. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// "/" focuses the search box, as on GitHub and MDN (Ctrl/⌘+K is the search box's own: src/theme/SearchBar).
// Focusing it is what loads the search code, so the stand-in box answers this as the real one does.
if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = document.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });
}
