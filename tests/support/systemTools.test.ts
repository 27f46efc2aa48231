import { isCi, missingTools, type SystemTool } from './systemTools';

const absent = (aptPackage: string): SystemTool => ({
  label: aptPackage,
  aptPackage,
  isInstalled: () => false,
});
const present: SystemTool = { label: 'sh', aptPackage: 'dash', isInstalled: () => true };

describe('system tools the suites need', () => {
  it('names what is missing and the one command that installs it', () => {
    expect(missingTools([present])).toBeNull();
    expect(missingTools([absent('chromium'), present, absent('poppler-utils')])).toEqual({
      labels: 'chromium, poppler-utils',
      command: 'sudo apt-get install --no-install-recommends chromium poppler-utils',
    });
  });

  it('treats CI=true or 1 as CI, and unset, empty, false or 0 as a developer’s machine', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    for (const CI of [undefined, '', 'false', '0']) expect(isCi({ CI })).toBe(false);
  });
});
