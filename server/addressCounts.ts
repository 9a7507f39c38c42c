/** How many of something (sockets, pending reservations) each client address holds now, up to `max`; an address back at zero is forgotten. */
export class AddressCounts {
  private readonly held = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more for `address`, or false if it holds `max` already. */
  take(address: string): boolean {
    const count = this.held.get(address) ?? 0;
    if (count >= this.max) return false;
    this.held.set(address, count + 1);
    return true;
  }

  release(address: string): void {
    const left = (this.held.get(address) ?? 1) - 1;
    if (left > 0) this.held.set(address, left);
    else this.held.delete(address);
  }

  /** How many addresses hold at least one now. */
  get addresses(): number {
    return this.held.size;
  }
}
