import { describe, expect, test } from 'vitest';
import {
  decodeResult,
  encodeResult,
  joinTeam,
  NAME_BYTES,
  splitTeam,
  TEAM_BYTES,
  type Catalog,
} from '../../../../src/lib/workshop/result-code';
import { teamStats } from '../../../../src/lib/workshop/teams';

const catalog: Catalog = { item: 'test:contract', keys: ['q1', 'q2', 'q3', 'q4'] };
const result = (name: string, percent: number) => ({
  name,
  percent,
  results: catalog.keys.map((key, i) => ({ key, ok: i < Math.round(percent / 25) })),
});

describe('team names in result codes (队名/昵称 in the name field)', () => {
  test('a team and a nickname survive a code round trip and split back', () => {
    const name = joinTeam('华东一组', '小王');
    expect(name).toBe('华东一组/小王');
    const d = decodeResult(catalog, encodeResult(catalog, result(name, 100)));
    expect(d.ok && splitTeam(d.value.name)).toEqual({ team: '华东一组', nickname: '小王' });
  });

  test('each part keeps its own limit, and a typed / cannot split a name in the wrong place', () => {
    const name = joinTeam('一二三四五六七', '欧阳'.repeat(10));
    expect(name).toBe(`一二三四五/${'欧阳'.repeat(4)}`);
    expect(new TextEncoder().encode('一二三四五').length).toBe(TEAM_BYTES);
    expect(new TextEncoder().encode('欧阳'.repeat(4)).length).toBe(NAME_BYTES);
    const d = decodeResult(catalog, encodeResult(catalog, result(name, 50)));
    expect(d.ok && d.value.name).toBe(name);
    expect(splitTeam(joinTeam('A/B', 'c/d'))).toEqual({ team: 'A／B', nickname: 'c／d' });
  });

  test('without a team the field is the nickname alone, as old codes carry it', () => {
    expect(joinTeam('  ', '李娜')).toBe('李娜');
    expect(splitTeam('李娜')).toEqual({ team: undefined, nickname: '李娜' });
    expect(splitTeam('/李娜')).toEqual({ team: undefined, nickname: '/李娜' });
  });
});

describe('teamStats', () => {
  test('groups by team: head count, average, pass rate; best average first, no team last', () => {
    const rows = teamStats(
      [
        result('一组/甲', 100),
        result('二组/乙', 90),
        result('一组/丙', 70),
        result('丁', 40),
        result('二组/戊', 80),
      ],
      80,
    );
    expect(rows).toEqual([
      { team: '二组', count: 2, mean: 85, passRate: 100 },
      { team: '一组', count: 2, mean: 85, passRate: 50 },
      { team: undefined, count: 1, mean: 40, passRate: 0 },
    ]);
  });

  test('ties on the average go by team name; scenarios (no pass mark) have no pass rate', () => {
    const rows = teamStats([result('乙组/a', 60), result('甲组/b', 60)], undefined);
    expect(rows.map((r) => [r.team, r.passRate])).toEqual([
      ['甲组', undefined],
      ['乙组', undefined],
    ]);
  });

  test('a room without teams has no team view', () => {
    expect(teamStats([result('甲', 100), result('乙', 50)], 80)).toEqual([]);
    expect(teamStats([], 80)).toEqual([]);
  });
});
