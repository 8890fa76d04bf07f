import { createElement } from 'lwc';
// Days are formatted in the browser's locale: en-US under Jest.
import IukApiUsageChart, { niceMax } from 'c/iukApiUsageChart';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

function day(date, apiRequests, extra) {
  return {
    day: date,
    hasLog: true,
    logStatus: 'PROCESSED',
    apiRequests,
    logins: 10,
    flaggedLogins: 0,
    ...extra,
  };
}

const DAYS = [
  day('2026-11-26', 1200),
  day('2026-11-27', 0),
  {
    day: '2026-11-28',
    hasLog: false,
    logStatus: 'NO_LOG',
    apiRequests: null,
    logins: null,
    flaggedLogins: null,
  },
  day('2026-11-29', 1800, { flaggedLogins: 3 }),
  day('2026-11-30', 600),
];

function render(props) {
  const element = createElement('c-iuk-api-usage-chart', { is: IukApiUsageChart });
  Object.assign(element, { label: 'ERP Order Sync', days: DAYS }, props);
  document.body.appendChild(element);
  return element;
}

describe('c-iuk-api-usage-chart', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('draws a bar per day with a log, to scale, and an outlined slot for a day without one', async () => {
    const element = render();
    await flushPromises();
    const rects = [...element.shadowRoot.querySelectorAll('rect')];
    expect(rects).toHaveLength(5);
    const byDay = Object.fromEntries(rects.map((rect) => [rect.dataset.day, rect]));
    expect(element.shadowRoot.querySelector('[data-id="axis-max"]').textContent).toBe('2,000');
    expect(byDay['2026-11-29'].getAttribute('height')).toBe('108'); // 1800 of 2000 on a 120-high axis
    expect(byDay['2026-11-26'].getAttribute('height')).toBe('72');
    expect(byDay['2026-11-27'].getAttribute('height')).toBe('1'); // a real zero: a hairline on the axis
    expect(byDay['2026-11-28'].getAttribute('class')).toBe('iuk-chart__nolog');
    expect(byDay['2026-11-28'].querySelector('title').textContent).toBe(
      'Nov 28, 2026: no log, usage unknown',
    );
    expect(byDay['2026-11-29'].querySelector('title').textContent).toBe('Nov 29, 2026: 1,800 API requests');
  });

  it('says in words what the chart shows, and names the SVG with it', async () => {
    const element = render();
    await flushPromises();
    const summary = element.shadowRoot.querySelector('[data-id="chart-summary"]').textContent;
    expect(summary).toBe(
      '3,600 API requests on the 4 of 5 days with a log, Nov 26, 2026 to Nov 30, 2026. ' +
        'Busiest day: Nov 29, 2026, with 1,800 requests. 1 days have no log: their usage is unknown, not zero.',
    );
    expect(element.shadowRoot.querySelector('svg').getAttribute('aria-label')).toBe(summary);
    expect(element.shadowRoot.querySelector('svg').getAttribute('role')).toBe('img');
    await expect(element).toBeAccessible();
  });

  it('shows every day as a table on demand', async () => {
    const element = render();
    await flushPromises();
    const toggle = element.shadowRoot.querySelector('[data-id="toggle-table"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(element.shadowRoot.querySelector('[data-id="numbers"]')).toBeNull();

    toggle.click();
    await flushPromises();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent.trim()).toBe('Hide the numbers for ERP Order Sync');
    const rows = [...element.shadowRoot.querySelectorAll('[data-id="numbers"] tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows[2]).toEqual(['Nov 28, 2026', 'No log', 'Not counted', '']);
    expect(rows[3]).toEqual(['Nov 29, 2026', '1,800', '10', '3']);
    expect(element.shadowRoot.querySelector('caption').textContent).toBe(
      'API requests and logins per day, ERP Order Sync',
    );
    await expect(element).toBeAccessible();
  });

  it('says the usage is unknown when no day has a log', async () => {
    const element = render({ days: DAYS.map((entry) => ({ ...entry, hasLog: false, apiRequests: null })) });
    await flushPromises();
    expect(element.shadowRoot.querySelector('[data-id="chart-summary"]').textContent).toBe(
      'No day of this window has a log, so the API usage is unknown (not zero).',
    );
    expect(element.shadowRoot.querySelectorAll('.iuk-chart__bar')).toHaveLength(0);
    expect(element.shadowRoot.querySelectorAll('.iuk-chart__nolog')).toHaveLength(5);
  });

  it('renders nothing but the summary without days', async () => {
    const element = render({ days: undefined });
    await flushPromises();
    expect(element.shadowRoot.querySelector('svg')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(1800)).toBe(2000);
    expect(niceMax(2001)).toBe(2500);
    expect(niceMax(2600)).toBe(3000);
    expect(niceMax(51000)).toBe(60000);
    expect(niceMax(81000)).toBe(100000);
  });
});
