interface ErrorBannerProps {
  readonly message: string;
  readonly onDismiss: () => void;
}

/** A dismissible error above the page content, announced to screen readers. */
export function ErrorBanner({ message, onDismiss }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert">
      <p className="error-banner__message">{message}</p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
