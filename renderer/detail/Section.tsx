import { useId } from 'react';
import type { ReactNode } from 'react';

/** A titled block of the detail pane, labelled by its heading for screen readers. */
export function Section({
  title,
  children,
  aside,
}: {
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <div className="detail-section__head">
        <h3 id={headingId}>{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}
