/** One Excel.run: the request context plus the number of syncs sent, for budgets and reports. */
export class Session {
  private count = 0;

  constructor(readonly context: Excel.RequestContext) {}

  get syncs(): number {
    return this.count;
  }

  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}
