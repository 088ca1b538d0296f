import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** Props of {@link Fraction}. */
export interface FractionProps {
  readonly numerator: ReactNode;
  readonly denominator: ReactNode;
}

/**
 * A stacked fraction in plain HTML, for formulas whose numbers change as the reader types (KaTeX renders the
 * static formulas at build time; shipping it to the browser for these would cost far more than this).
 */
export default function Fraction({ numerator, denominator }: FractionProps): ReactNode {
  return (
    <span className={styles.fraction}>
      <span className={styles.numerator}>{numerator}</span>
      <span className={styles.srOnly}> / </span>
      <span className={styles.denominator}>{denominator}</span>
    </span>
  );
}
