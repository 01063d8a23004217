/**
 * Skips a failing dependency for a while. After `failures` failures in a row the circuit opens and `allows()` says no
 * until `cooldownMs` have passed; then one call is let through as a trial, and its outcome closes or reopens it. While
 * CLU is down this turns a one-second wait on every message into none.
 */
export interface CircuitBreakerOptions {
  failures: number;
  cooldownMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil = 0;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  allows(): boolean {
    if (this.consecutiveFailures < this.options.failures) return true;
    if (this.now() < this.openUntil) return false;
    // Half-open: the next outcome decides; until then further calls wait out another cooldown.
    this.openUntil = this.now() + this.options.cooldownMs;
    return true;
  }

  /** Milliseconds until the next trial, for the log line; 0 when closed. */
  retryInMs(): number {
    return this.consecutiveFailures < this.options.failures ? 0 : Math.max(0, this.openUntil - this.now());
  }

  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openUntil = 0;
  }

  failed(): void {
    this.consecutiveFailures += 1;
    if (this.consecutiveFailures >= this.options.failures) this.openUntil = this.now() + this.options.cooldownMs;
  }
}
