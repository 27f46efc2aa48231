import { screen, within } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { campaignScan, summary } from './fixtures';
import { renderPane } from './renderPane';

/** The narrowest task pane Office shows is 320 px; nothing may need more than the pane minus its padding. */
const MAX_FIXED_WIDTH_PX = 300;
const WIDTH_PROPERTIES = [
  'width',
  'min-width',
  'flex-basis',
  'grid-template-columns',
  'inline-size',
  'min-inline-size',
];

/** Every CSS declaration in the document (Griffel inserts the pane's styles as rules) and in style attributes. */
function declarations(except: Element): { property: string; value: string; where: string }[] {
  const found: { property: string; value: string; where: string }[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
      if (!('style' in rule)) continue;
      const style = (rule as CSSStyleRule).style;
      for (let i = 0; i < style.length; i++) {
        const property = style[i]!;
        found.push({
          property,
          value: style.getPropertyValue(property),
          where: (rule as CSSStyleRule).selectorText,
        });
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[style]'))) {
    if (element === except) continue;
    for (let i = 0; i < element.style.length; i++) {
      const property = element.style[i]!;
      found.push({ property, value: element.style.getPropertyValue(property), where: element.tagName });
    }
  }
  return found;
}

/** Width declarations over `limit` px. */
function widerThan(limit: number, except: Element): string[] {
  return declarations(except)
    .filter((d) => WIDTH_PROPERTIES.includes(d.property))
    .filter((d) => (d.value.match(/(\d+(?:\.\d+)?)px/g) ?? []).some((px) => parseFloat(px) > limit))
    .map((d) => `${d.where} { ${d.property}: ${d.value} }`);
}

describe('narrow pane (320 px)', () => {
  test('no style of the rendered pane needs more than 300 px of width', async () => {
    const host = new FakeHost({ scan: campaignScan(), generate: { progress: [], summary } });
    const { user, container } = renderPane(host);
    container.style.width = '320px';
    const detect = await screen.findByRole('region', { name: '1. Data found' });
    for (const header of within(detect).getAllByRole('button', { name: /·/ })) await user.click(header);
    await user.click(screen.getByRole('button', { name: 'Add target' }));
    await user.click(screen.getByRole('button', { name: 'Generate retro' }));
    await screen.findByRole('region', { name: 'Results' });
    await user.click(screen.getByRole('combobox', { name: 'Language of the sheets' }));
    await screen.findByRole('listbox');

    // The scan sees Fluent's own rules (the Dropdown's default 250 px minimum, which the pane overrides)…
    expect(widerThan(249, container)).toContainEqual(expect.stringContaining('min-width: 250px'));
    // …and none asks for more than the narrow pane has.
    expect(widerThan(MAX_FIXED_WIDTH_PX, container)).toEqual([]);
  });
});
