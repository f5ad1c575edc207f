/** The analysis screens' pure parts (decision 0049): the pivot's URL, queries and layout, dashboards in a URL, map bands. */
import { describe, expect, it } from 'vitest';
import { bandBreaks, bandOf } from '../../web/src/map/paintMeasure.js';
import { decodeDashboard, encodeDashboard } from '../../web/src/pages/analysis/dashboards.js';
import { commonGranularities, reconcileYear } from '../../web/src/pages/analysis/dimensions.js';
import {
  commonDimensions,
  DEFAULT_STATE,
  layOut,
  moveDimension,
  parsePivot,
  pivotParams,
  pivotQueries,
  placeDimension,
} from '../../web/src/pages/analysis/pivot.js';

describe('the pivot in the URL', () => {
  it('opens on the default pivot and round-trips any state through its parameters', () => {
    expect(parsePivot(new URLSearchParams())).toEqual(DEFAULT_STATE);
    const state = {
      ...DEFAULT_STATE,
      measures: ['projects', 'people_sent'],
      rows: ['area'],
      columns: ['year', 'donor'],
      areaLevel: 'county' as const,
      filters: { programme: undefined, donor: '110000', from: '2025-01-01', to: '2025-12-31' },
      view: 'stacked' as const,
      chartMeasure: 'people_sent',
    };
    const back = parsePivot(new URLSearchParams(pivotParams(state).toString()));
    expect(back).toEqual({ ...state, filters: { ...state.filters, area: undefined } });
    // "every programme" survives as an empty parameter, not as the default programme
    expect(back.filters.programme).toBeUndefined();
  });

  it('keeps a dimension once, at most three, and drops malformed parts', () => {
    const s = parsePivot(
      new URLSearchParams('m=projects,,x y,projects&r=donor,year&c=donor,area,stage&from=2025-13'),
    );
    expect(s.measures).toEqual(['projects']);
    expect(s.rows).toEqual(['donor', 'year']);
    expect(s.columns).toEqual(['area']);
    expect(s.filters.from).toBeUndefined();
  });
});

describe('the pivot queries and layout', () => {
  const state = {
    ...DEFAULT_STATE,
    measures: ['people'],
    rows: ['donor'],
    columns: ['area'],
    areaLevel: 'county' as const,
  };

  it('asks the server for the cells and for every total (never sums them here)', () => {
    const q = pivotQueries({ ...state, filters: { programme: 'xinjiang', from: '2025-01-01' } });
    expect(q.cells.dimensions).toEqual(['donor', 'area:county']);
    expect(q.rowTotals?.dimensions).toEqual(['donor']);
    expect(q.columnTotals?.dimensions).toEqual(['area:county']);
    expect(q.grand?.dimensions).toEqual([]);
    expect(q.cells.filters).toEqual({
      programme: 'xinjiang',
      period: { from: '2025-01-01', to: '2100-12-31' },
    });
    const rowsOnly = pivotQueries({ ...state, columns: [] });
    expect(rowsOnly.rowTotals).toBeNull();
    expect(rowsOnly.columnTotals).toBeNull();
  });

  it("lays the answers out with the server's totals, which need not be the sums", () => {
    // one person counted in two counties: the total is 1, not 2
    const t = layOut(
      {
        cells: [
          { donor: '110000', 'area:county': '653201', people: 1 },
          { donor: '110000', 'area:county': '653202', people: 1 },
          { donor: '310000', 'area:county': '653201', people: 2 },
        ],
        rowTotals: [
          { donor: '110000', people: 1 },
          { donor: '310000', people: 2 },
        ],
        columnTotals: [
          { 'area:county': '653201', people: 3 },
          { 'area:county': '653202', people: 1 },
        ],
        grand: [{ people: 3 }],
      },
      ['donor'],
      ['area:county'],
    );
    expect(t.rowKeys).toEqual([['110000'], ['310000']]);
    expect(t.columnKeys).toEqual([['653201'], ['653202']]);
    expect(t.cell(['310000'], ['653202'], 'people')).toBeNull();
    expect(t.rowTotal(['110000'], 'people')).toBe(1);
    expect(t.columnTotal(['653201'], 'people')).toBe(3);
    expect(t.grandTotal('people')).toBe(3);
  });

  it('sorts stages in their order, not by code', () => {
    const t = layOut(
      {
        cells: [
          { stage: 'started' },
          { stage: 'approved' },
          { stage: 'reserve' },
          { stage: 'zzz' },
        ],
        grand: [{}],
      },
      ['stage'],
      [],
      { stage: ['reserve', 'approved', 'tendering', 'started'] },
    );
    expect(t.rowKeys).toEqual([['reserve'], ['approved'], ['started'], ['zzz']]);
  });

  it('sorts years as numbers and puts a missing key last', () => {
    const t = layOut(
      { cells: [{ year: 2030 }, { year: null }, { year: 2009 }], grand: [{}] },
      ['year'],
      [],
    );
    expect(t.rowKeys).toEqual([[2009], [2030], [null]]);
  });
});

describe('moving dimensions (drag or buttons)', () => {
  it('moves between zones, refuses a fourth and reorders within a zone', () => {
    expect(placeDimension({ rows: ['donor'], columns: ['year'] }, 'year', 'rows')).toEqual({
      rows: ['donor', 'year'],
      columns: [],
    });
    const full = { rows: ['donor', 'year'], columns: ['area'] };
    expect(placeDimension(full, 'stage', 'columns')).toEqual(full);
    expect(placeDimension(full, 'area', 'none')).toEqual({ rows: ['donor', 'year'], columns: [] });
    expect(moveDimension(['donor', 'year'], 'year', -1)).toEqual(['year', 'donor']);
    expect(moveDimension(['donor', 'year'], 'donor', -1)).toEqual(['donor', 'year']);
  });

  it('offers only the dimensions every chosen measure supports', () => {
    const measures = [
      { name: 'a', dimensions: ['donor', 'area', 'year'] },
      { name: 'b', dimensions: ['year'] },
    ];
    expect(commonDimensions(measures, [])).toEqual(['donor', 'area', 'year']);
    expect(commonDimensions(measures, ['a', 'b'])).toEqual(['year']);
  });
});

describe('dashboards in a URL', () => {
  it('round-trips a dashboard with Chinese text and refuses a damaged one', () => {
    const d = {
      id: 'x1',
      name: '北京 援疆',
      items: [
        { id: 'i1', kind: 'chart' as const, title: '资金', query: 'm=committed_fen&r=donor' },
      ],
    };
    const text = encodeDashboard(d);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDashboard(text)).toEqual(d);
    expect(decodeDashboard(text.slice(0, 10))).toBeNull();
    expect(decodeDashboard(null)).toBeNull();
  });
});

describe('the choropleth bands', () => {
  it('breaks positive values into up to five quantile bands', () => {
    const breaks = bandBreaks([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(breaks).toEqual([10, 30, 50, 70, 90]);
    expect(bandOf(0, breaks)).toBeNull();
    expect(bandOf(null, breaks)).toBeNull();
    expect(bandOf(10, breaks)).toBe(0);
    expect(bandOf(95, breaks)).toBe(4);
    expect(bandOf(5, bandBreaks([5]))).toBe(4);
  });
});

describe('year and period (a year is the period at year granularity)', () => {
  const measures = [
    {
      name: 'companies',
      dimensions: ['donor', 'period'],
      granularities: ['year', 'quarter', 'month'],
    },
    { name: 'projects', dimensions: ['donor', 'year'] },
  ];
  it('swaps year for period where the chosen measures have only the period, and back', () => {
    const s = { ...DEFAULT_STATE, measures: ['companies'], rows: ['donor'], columns: ['year'] };
    expect(reconcileYear(s, measures).columns).toEqual(['period']);
    const back = { ...DEFAULT_STATE, measures: ['projects'], columns: ['period'] };
    expect(reconcileYear(back, measures).columns).toEqual(['year']);
    expect(reconcileYear({ ...back, granularity: 'quarter' }, measures).columns).toEqual([
      'period',
    ]);
  });
  it('sends the granularity only with the period, and offers those every measure supports', () => {
    const s = {
      ...DEFAULT_STATE,
      measures: ['companies'],
      columns: ['period'],
      granularity: 'quarter' as const,
    };
    expect(pivotQueries(s).cells.granularity).toBe('quarter');
    expect(pivotQueries({ ...DEFAULT_STATE, columns: ['year'] }).cells.granularity).toBeUndefined();
    expect(commonGranularities(measures, ['companies'])).toEqual(['year', 'quarter', 'month']);
    expect(
      commonGranularities(
        [...measures, { name: 'x', dimensions: ['period'], granularities: ['year'] }],
        ['companies', 'x'],
      ),
    ).toEqual(['year']);
  });
});
