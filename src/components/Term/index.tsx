import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

import styles from './styles.module.css';

/**
 * Props of {@link Term}: authors write `id` and the text; the glossary's remark plugin fills in the rest at build
 * time (an unknown id fails the build there).
 */
export interface TermProps {
  readonly id: string;
  readonly children: ReactNode;
  /** The term page's path, e.g. `/glossary/recall`. */
  readonly to: string;
  readonly otherName: string;
  /** The language of `otherName`, as an HTML `lang` value. */
  readonly otherLang: string;
  readonly summary: string;
}

/** How long the tooltip stays after the pointer leaves, so it can be reached with the pointer (WCAG 1.4.13). */
const hideDelayMs = 200;
/** Space kept between the tooltip and the edge of the viewport. */
const viewportMargin = 8;

/**
 * A link to a glossary entry that shows the term's name in the other language and its one-line summary on hover,
 * keyboard focus or a first tap. The tooltip can be hovered, stays until dismissed, closes with Escape, and is
 * the link's accessible description.
 */
export default function Term({ children, to, otherName, otherLang, summary }: TermProps): ReactNode {
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastPointer = useRef<string>('mouse');
  const openBeforeTap = useRef(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const tooltip = useRef<HTMLSpanElement>(null);

  const show = useCallback(() => {
    clearTimeout(hideTimer.current);
    setOpen(true);
  }, []);
  const hideSoon = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setOpen(false), hideDelayMs);
  }, []);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointerDown = (event: globalThis.PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  // Keep the tooltip inside the viewport on narrow screens, measured before paint so nothing jumps.
  useLayoutEffect(() => {
    if (!open || !tooltip.current) return;
    const rect = tooltip.current.getBoundingClientRect();
    const overflowRight = rect.right - shift - (document.documentElement.clientWidth - viewportMargin);
    const overflowLeft = viewportMargin - (rect.left - shift);
    setShift(overflowRight > 0 ? -overflowRight : overflowLeft > 0 ? overflowLeft : 0);
    // Only the opening matters; re-measuring on each shift would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // Touch has no hover, and a tap also focuses the link before its click: remember whether the tooltip was
  // already showing when the finger came down, so the first tap shows it and a second tap follows the link.
  const onPointerDown = (event: PointerEvent) => {
    lastPointer.current = event.pointerType;
    openBeforeTap.current = open;
  };
  const onClick = (event: MouseEvent) => {
    if (lastPointer.current === 'touch' && !openBeforeTap.current) {
      event.preventDefault();
      show();
    }
  };
  const onPointerEnter = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') show();
  };
  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') hideSoon();
  };

  return (
    <span
      className={styles.term}
      ref={wrapper}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <Link
        to={to}
        className={styles.link}
        aria-describedby={tooltipId}
        onFocus={show}
        onBlur={hideSoon}
        onPointerDown={onPointerDown}
        onClick={onClick}
      >
        {children}
      </Link>
      {/* Not indexed by search: it repeats another page's summary. */}
      <span
        role="tooltip"
        id={tooltipId}
        ref={tooltip}
        className={clsx(styles.tooltip, open && styles.open, 'search-ignore')}
        style={shift ? { transform: `translateX(${shift}px)` } : undefined}
      >
        <span className={styles.otherName} lang={otherLang}>
          {otherName}
        </span>
        <span className={styles.summary}>{summary}</span>
      </span>
    </span>
  );
}
