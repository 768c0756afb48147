import type { ReactNode } from 'react';

interface FullPageMessageProps {
  readonly title: string;
  /** `alert` for failures the person must act on; `busy` while something loads. */
  readonly tone?: 'info' | 'alert' | 'busy';
  readonly children?: ReactNode;
}

/** A centred card that takes the whole page: sign-in problems, loading, not found. */
export function FullPageMessage({ title, tone = 'info', children }: FullPageMessageProps) {
  return (
    <main className="full-page-message" aria-busy={tone === 'busy' ? true : undefined}>
      <div
        className={`full-page-message__card full-page-message__card--${tone}`}
        role={tone === 'alert' ? 'alert' : undefined}
      >
        <p className="full-page-message__brand" aria-hidden="true">
          Cairn
        </p>
        <h1 className="full-page-message__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
