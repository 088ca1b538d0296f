import { useId, type ReactNode } from 'react';

import styles from './styles.module.css';

/** Class names the calculators share for their fields and messages. */
export { styles as calculatorStyles };

/** Props of {@link Calculator}. */
export interface CalculatorProps {
  readonly title: ReactNode;
  readonly children: ReactNode;
}

/** The frame every calculator sits in: a titled region the page's outline and screen readers can find. */
export default function Calculator({ title, children }: CalculatorProps): ReactNode {
  const id = useId();
  return (
    <section className={styles.calculator} aria-labelledby={`${id}-title`}>
      <h3 className={styles.title} id={`${id}-title`}>
        {title}
      </h3>
      {children}
    </section>
  );
}
