import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FullPageMessage } from './FullPageMessage';

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/** Last line of defence: a bug in a component shows a page with a way out, not a blank screen. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <FullPageMessage title="Something went wrong" tone="alert">
        <p>Cairn hit an unexpected problem. Your saved changes are safe on the server.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </FullPageMessage>
    );
  }
}
