/** Syncs sent, shared by the Excel.run calls of one operation (a write spans several runs). */
export interface SyncCount {
  value: number;
}

/** One Excel.run: the request context plus the number of syncs sent, for budgets and reports. */
export class Session {
  constructor(
    readonly context: Excel.RequestContext,
    private readonly count: SyncCount = { value: 0 },
  ) {}

  get syncs(): number {
    return this.count.value;
  }

  async sync(): Promise<void> {
    this.count.value++;
    await this.context.sync();
  }
}
