import { HostError } from '../../src/port/hostPort';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { describeProblem, isCancellation, isHostError } from '../../src/taskpane/problems/problem';

const text = { 'zh-CN': '没有订单表。请加入订单表。', 'en-US': 'No orders table. Add one.' };

describe('problems', () => {
  test('a HostError shows its own text in the pane language', () => {
    const view = describeProblem({ action: 'generate', error: new HostError('read_failed', text) }, 'zh-CN');
    expect(view).toEqual({ intent: 'error', title: '无法生成复盘', body: text['zh-CN'] });
  });

  test('no orders is a warning, not an error', () => {
    expect(describeProblem({ action: 'scan', error: new HostError('no_orders', text) }, 'en-US').intent).toBe(
      'warning',
    );
  });

  test('a HostError from another bundle is still recognised by its shape', () => {
    const foreign = Object.assign(new Error('x'), { name: 'HostError', code: 'write_failed', text });
    expect(isHostError(foreign)).toBe(true);
    expect(isHostError({ name: 'HostError', code: 'write_failed', text: { 'en-US': 'only one' } })).toBe(
      false,
    );
  });

  test('an unknown error never shows its message or stack', () => {
    const view = describeProblem({ action: 'scan', error: new Error('secret stack at foo.ts:12') }, 'en-US');
    expect(view.body).not.toContain('secret');
    expect(view.body).toContain('Fupan hit an unexpected problem.');
    expect(view.body).toContain('Fupan 遇到了意外问题。');
  });

  test('cancellation is recognised from a cancelled HostError or an AbortError', () => {
    expect(isCancellation(new HostError('cancelled', text))).toBe(true);
    expect(isCancellation(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(true);
    expect(isCancellation(new HostError('read_failed', text))).toBe(false);
  });
});

describe('the Office host seam', () => {
  const choices = { locale: 'en-US', tables: [], campaign: {}, targets: [] } as const;

  test('without the Excel module every call fails with a HostError saying so', async () => {
    const host = createOfficeHost(null);
    expect(host.displayLocale).toBe('en-US');
    await expect(host.scan(choices)).rejects.toMatchObject({ code: 'unsupported' });
    await expect(host.loadChoices()).rejects.toBeInstanceOf(HostError);
  });

  test('a factory that throws becomes a host whose calls report that error', async () => {
    const boom = new Error('boom');
    const host = createOfficeHost(() => {
      throw boom;
    });
    await expect(host.scan(choices)).rejects.toBe(boom);
  });
});
