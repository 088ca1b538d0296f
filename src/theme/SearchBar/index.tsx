// Change: wraps the plugin's SearchBar. Until the reader wants search, a look-alike box (the plugin's own
// styles and keymap helpers) stands in; the plugin's box, with lunr and mark.js, is loaded then and given
// what was typed.
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';

// The plugin's own styles and keyboard helpers, so this box looks and answers exactly like the one it stands for.
import ringStyles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing.module.css';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import {
  getKeymapHints,
  matchesKeymap,
  parseKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import { isMacPlatform } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';

import { hasSearchHighlight, searchBarShortcutOf } from '@site/src/lib/searchBarOptions';

type SearchBarComponent = ComponentType<Record<string, never>>;

let loadedSearchBar: SearchBarComponent | undefined;
let loadingSearchBar: Promise<SearchBarComponent> | undefined;

/** Fetches the search plugin's search box (with lunr, mark.js and their helpers) once per visit. */
function loadSearchBar(): Promise<SearchBarComponent> {
  loadingSearchBar ??= import('@theme-original/SearchBar').then(
    (module: { default: SearchBarComponent }) => {
      loadedSearchBar = module.default;
      return loadedSearchBar;
    },
    (error: unknown) => {
      loadingSearchBar = undefined; // the next focus tries again
      throw error;
    },
  );
  return loadingSearchBar;
}

interface StandInProps {
  readonly onWanted: () => void;
  readonly rootRef: RefObject<HTMLDivElement | null>;
}

/**
 * The navbar search box as the plugin renders it, without its code: a real input the reader can focus and type
 * into. Focus, hover, touch or the shortcut ask for the real box; what was typed goes over to it.
 */
function StandInSearchBar({ onWanted, rootRef }: StandInProps): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState(false);
  const { keymap, showHint } = searchBarShortcutOf(siteConfig.themes);

  // Focused or filled in before hydration: the reader already wants search.
  useEffect(() => {
    const input = inputRef.current;
    if (input && (document.activeElement === input || input.value !== '')) onWanted();
  }, [onWanted]);

  useEffect(() => {
    if (!keymap) return undefined;
    const parsed = parseKeymap(keymap);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, parsed)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [keymap]);

  return (
    <div
      ref={rootRef}
      className={clsx(
        'navbar__search',
        styles.searchBarContainer,
        // Typing means the box was focused, so the real one is on its way: the plugin's loading ring, as it shows it.
        typed && styles.searchIndexLoading,
      )}
      dir="ltr"
    >
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        placeholder={translate({
          id: 'theme.SearchBar.label',
          message: 'Search',
          description: 'The ARIA label and placeholder for search button',
        })}
        aria-label="Search"
        className={`navbar__search-input ${styles.searchInput}`}
        onFocus={onWanted}
        onMouseEnter={onWanted}
        onTouchStart={onWanted}
        onChange={(event) => setTyped(event.target.value !== '')}
      />
      <div className={clsx(ringStyles.loadingRing, styles.searchBarLoadingRing)}>
        <div />
        <div />
        <div />
        <div />
      </div>
      {showHint && keymap && isBrowser && (
        <div className={styles.searchHintContainer}>
          {getKeymapHints(keymap, isMacPlatform()).map((hint, index) => (
            <kbd key={index} className={styles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}

/** The plugin's search box beside the stand-in: the other `.navbar__search` in the same container. */
function realSearchBarBeside(standIn: HTMLElement | null): HTMLElement | null {
  const boxes = standIn?.parentElement?.querySelectorAll<HTMLElement>(':scope > .navbar__search') ?? [];
  return [...boxes].find((box) => box !== standIn) ?? null;
}

/**
 * Shows the real search box in place of the stand-in and gives it what the stand-in held: text, caret and focus.
 * One synchronous step, so no key press can fall between the two boxes.
 */
function handOver(standIn: HTMLElement, real: HTMLElement): void {
  const from = standIn.querySelector('input');
  const to = real.querySelector<HTMLInputElement>('input.navbar__search-input');
  if (!from || !to) return;
  const focused = document.activeElement === from;
  standIn.style.display = 'none';
  real.style.display = '';
  if (from.value !== '') {
    // Through the native setter and an input event, so the plugin's React state (onChange) gets the text too.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(to, from.value);
    to.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (focused) {
    to.focus();
    to.setSelectionRange(from.selectionStart, from.selectionEnd);
  }
}

/**
 * The navbar search box, loaded on demand: the search plugin's box, lunr and mark.js are fetched
 * when the reader focuses, hovers or touches the box, presses the shortcut (or `/`, see searchShortcut.ts), or
 * opens a page from a search result (`?_highlight=`, which the plugin's box marks on the page). Until then a
 * stand-in that looks the same takes the reader's focus and typing.
 */
export default function SearchBarOnDemand(props: Record<string, never>): ReactNode {
  const { search } = useLocation();
  const [SearchBar, setSearchBar] = useState(() => loadedSearchBar);
  const [standInShown, setStandInShown] = useState(() => !loadedSearchBar);
  const standInRef = useRef<HTMLDivElement>(null);

  const onWanted = useCallback(() => {
    void loadSearchBar().then((component) => setSearchBar(() => component));
  }, []);

  useEffect(() => {
    if (hasSearchHighlight(search)) onWanted();
  }, [search, onWanted]);

  // The plugin's box arrives beside the stand-in, out of sight (before it is painted) until it has settled.
  useLayoutEffect(() => {
    if (!SearchBar || !standInShown) return;
    const real = realSearchBarBeside(standInRef.current);
    if (real) real.style.display = 'none';
  }, [SearchBar, standInShown]);

  // It settles in a timeout of its mount effect, which empties its input (it shows the words of `?_highlight=`
  // there); that timeout was queued before this one, so the hand-over comes after it.
  useEffect(() => {
    if (!SearchBar || !standInShown) return undefined;
    const timer = setTimeout(() => {
      const standIn = standInRef.current;
      const real = realSearchBarBeside(standIn);
      if (standIn && real) handOver(standIn, real);
      setStandInShown(false);
    });
    return () => clearTimeout(timer);
  }, [SearchBar, standInShown]);

  return (
    <>
      {SearchBar && <SearchBar {...props} />}
      {standInShown && <StandInSearchBar onWanted={onWanted} rootRef={standInRef} />}
    </>
  );
}
