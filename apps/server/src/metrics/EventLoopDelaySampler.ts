/**
 * Measures event-loop delay the way a user feels it: a timer due every `intervalMs` reports how
 * late it fired. prom-client's default metrics already summarise `perf_hooks`'
 * `monitorEventLoopDelay` as gauges (`nodejs_eventloop_lag_p99_seconds`, …) that reset at every
 * scrape window; this feeds a histogram instead, which Prometheus can aggregate over any range
 * and across instances. The timer is unref'd: it never keeps a process alive.
 */
export class EventLoopDelaySampler {
  private timer: NodeJS.Timeout;
  private due: number;

  constructor(
    private readonly intervalMs: number,
    private readonly observe: (delaySeconds: number) => void,
  ) {
    this.due = performance.now() + intervalMs;
    this.timer = this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private schedule(): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const now = performance.now();
      this.observe(Math.max(0, now - this.due) / 1000);
      this.due = now + this.intervalMs;
      this.timer = this.schedule();
    }, this.intervalMs);
    timer.unref();
    return timer;
  }
}
