import { describe, expect, it } from 'vitest';
import library from '../../resources/goal-templates.json';
import { parseTemplateLibrary, templateLibrary } from '../../src/main/goals/template-library';
import { goalAreas } from '../../src/shared/domain/goal-areas';
import { goalFieldsSchema, goalKinds } from '../../src/shared/domain/goal';
import {
  goalFieldsFromTemplate,
  goalTemplateLibrarySchema,
  templateSystems,
  type GoalTemplate,
} from '../../src/shared/domain/goal-template';
import { regulatoryFloors } from '../../src/shared/domain/regulatory-floors';

const templates = templateLibrary();
const byId = (id: string): GoalTemplate => {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(`No template ${id}`);
  return found;
};

describe('goal template library file', () => {
  it('validates against the library schema, every template complete', () => {
    const parsed = goalTemplateLibrarySchema.safeParse(library);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('offers at least 40 templates with unique ids', () => {
    expect(templates.length).toBeGreaterThanOrEqual(40);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it('includes every goal of the DOMAIN.md section 2 table by id', () => {
    const expected = [
      ...range('RG', 9),
      ...range('CS', 20),
      ...range('WC', 7),
      ...range('EE', 4),
      ...range('EN', 3),
      ...range('SO', 2),
    ];
    expect(expected).toHaveLength(45);
    expect(expected.filter((id) => !templates.some((t) => t.id === id))).toEqual([]);
  });

  it('gives every id the prefix of its area', () => {
    const prefix: Record<GoalTemplate['area'], string> = {
      regulatory: 'RG',
      'customer-service': 'CS',
      'water-efficiency': 'WC',
      'energy-efficiency': 'EE',
      environmental: 'EN',
      social: 'SO',
    };
    expect(templates.filter((t) => !t.id.startsWith(prefix[t.area])).map((t) => t.id)).toEqual([]);
  });

  it.each(goalAreas)('has templates for the %s area', (area) => {
    expect(templates.filter((t) => t.area === area).length).toBeGreaterThanOrEqual(3);
  });

  it.each(goalKinds)('has %s templates, in at least three areas', (kind) => {
    const areas = new Set(templates.filter((t) => t.kind === kind).map((t) => t.area));
    expect(areas.size).toBeGreaterThanOrEqual(3);
  });

  it('has both kinds in the areas where the table has both', () => {
    for (const area of [
      'regulatory',
      'customer-service',
      'water-efficiency',
      'environmental',
      'social',
    ]) {
      const kinds = new Set(templates.filter((t) => t.area === area).map((t) => t.kind));
      expect([area, [...kinds].sort()]).toEqual([area, ['external', 'internal']]);
    }
  });

  it.each(templateSystems)('has templates for %s systems', (systems) => {
    expect(templates.filter((t) => t.systems === systems).length).toBeGreaterThanOrEqual(5);
  });

  it('uses every direction', () => {
    expect(new Set(templates.map((t) => t.direction))).toEqual(
      new Set(['at-most', 'at-least', 'yes-no', 'range']),
    );
  });
});

describe('each template', () => {
  it.each(templates.map((t) => [t.id, t] as const))(
    '%s has a target that fits its direction',
    (_id, t) => {
      switch (t.direction) {
        case 'yes-no':
          expect([t.target, t.targetHigh, t.unit]).toEqual([null, null, 'yes/no']);
          break;
        case 'range':
          expect(t.target).toEqual(expect.any(Number));
          expect(t.targetHigh).toEqual(expect.any(Number));
          expect(t.targetHigh!).toBeGreaterThanOrEqual(t.target!);
          break;
        default:
          expect(t.target).toEqual(expect.any(Number));
          expect(t.targetHigh).toBeNull();
      }
    },
  );

  it.each(templates.map((t) => [t.id, t] as const))(
    '%s prefills a goal that passes the goal schema',
    (_id, t) => {
      const parsed = goalFieldsSchema.safeParse(goalFieldsFromTemplate(t));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(parsed.data?.templateId).toBe(t.id);
    },
  );

  it('states percentages in "%" and keeps them between 0 and 100', () => {
    const percent = templates.filter((t) => t.unit === '%');
    expect(percent.length).toBeGreaterThan(10);
    const outside = percent.filter((t) => t.target === null || t.target < 0 || t.target > 100);
    expect(outside.map((t) => t.id)).toEqual([]);
    const hidden = templates.filter((t) => /percent/i.test(t.unit));
    expect(hidden.map((t) => t.id)).toEqual([]);
  });

  it('names where each figure comes from, and says in plain words when it is only typical', () => {
    const assumed = templates.filter((t) => /typical value to confirm locally/i.test(t.source));
    expect(assumed.length).toBeGreaterThan(10);
    // The research notes' [A]/[F] markers mean nothing to a board member.
    expect(templates.filter((t) => /\[[AF]\]/.test(t.source)).map((t) => t.id)).toEqual([]);
  });
});

describe('templates that meet a regulatory floor', () => {
  it('sets minimum pressure in psi at or above the common state floor', () => {
    const pressure = templates.filter((t) => t.floor === 'minimum-pressure');
    expect(pressure.map((t) => t.id)).toContain('CS1');
    for (const t of pressure) {
      expect(t.unit).toBe('psi');
      expect(t.direction).toBe('at-least');
      expect(t.target!).toBeGreaterThanOrEqual(regulatoryFloors['minimum-pressure'].commonValue);
    }
  });

  it('gives Tier 1 public notice in hours within the federal deadline', () => {
    const notice = templates.filter((t) => t.floor === 'tier-1-notice');
    expect(notice.map((t) => t.id)).toEqual(['RG4']);
    expect(byId('RG4')).toMatchObject({ unit: 'hours', direction: 'at-most' });
    expect(byId('RG4').target!).toBeLessThanOrEqual(regulatoryFloors['tier-1-notice'].commonValue);
  });
});

describe('templates that depend on equipment', () => {
  it('includes a fire-flow goal', () => {
    expect(templates.some((t) => /fire[\s-]*flow/i.test(t.statement))).toBe(true);
  });

  it('marks every hydrant or fire-flow template as needing fire hydrants', () => {
    const fire = templates.filter((t) => /hydrant|fire[\s-]*flow/i.test(t.statement + t.measure));
    expect(fire.map((t) => t.id).sort()).toEqual(['CS19', 'CS21']);
    expect(fire.every((t) => t.needsAsset === 'fireHydrants')).toBe(true);
  });

  it('ties tank, generator and backup-source goals to that equipment', () => {
    expect(byId('CS17').needsAsset).toBe('storage');
    expect(byId('CS20').needsAsset).toBe('backupPower');
    expect(templates.some((t) => t.needsAsset === 'backupSource')).toBe(true);
  });
});

describe('templateLibrary', () => {
  it('returns a copy, so sorting one result leaves the next untouched', () => {
    const first = templateLibrary();
    first.reverse();
    expect(templateLibrary()[0]?.id).toBe(templates[0]?.id);
  });

  it('fails loudly, naming the field, when a template is incomplete', () => {
    const broken = structuredClone(library) as { templates: Record<string, unknown>[] };
    delete broken.templates[2]!.unit;
    expect(() => parseTemplateLibrary(broken)).toThrow(
      /goal-templates\.json[\s\S]*templates\[2\]\.unit/,
    );
  });
});

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}
