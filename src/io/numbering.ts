import { parseXml } from './xml';

// Word list numbering (word/numbering.xml): the label Word shows before a numbered paragraph,
// counted in document order. A list instance (w:num) points at a list definition (w:abstractNum);
// instances of one definition continue each other's numbers unless one restarts a level.

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Instance {
  abstract: string;
  /** Levels whose start the instance overrides, so it counts on its own. */
  overrides: Map<number, number>;
}

export interface ListNumber {
  level: number;
  label: string;
}

export class Numbering {
  private readonly counters = new Map<string, number[]>();

  constructor(
    private readonly definitions: Map<string, Level[]>,
    private readonly instances: Map<string, Instance>,
  ) {}

  /** The next number of list instance `numId` at `level`, or null when it has no definition. */
  next(numId: string, level: number): ListNumber | null {
    const instance = this.instances.get(numId);
    const levels = instance ? this.definitions.get(instance.abstract) : undefined;
    if (!instance || !levels) return null;
    level = Math.min(Math.max(0, level), 8);
    const key = instance.overrides.size ? `num:${numId}` : `abstract:${instance.abstract}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    const startOf = (l: number) => instance.overrides.get(l) ?? levels[l]?.start ?? 1;
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level] + 1;
    // A deeper level starts again after a shallower one.
    counts.length = level + 1;
    const own = levels[level] ?? { start: 1, format: 'decimal', text: `%${level + 1}.` };
    if (own.format === 'none') return { level, label: '' };
    if (own.format === 'bullet') return { level, label: bulletOf(own.text) };
    const label = own.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1;
      if (l > level) return '';
      return format(counts[l] ?? startOf(l), levels[l]?.format ?? 'decimal');
    });
    return { level, label };
  }
}

export function readNumbering(xml: string | null): Numbering {
  const definitions = new Map<string, Level[]>();
  const instances = new Map<string, Instance>();
  if (xml) {
    let abstract: Level[] | null = null;
    let level: Level | null = null;
    let instance: Instance | null = null;
    let overrideLevel = -1;
    parseXml(
      xml,
      {
        open(name, a) {
          switch (name) {
            case 'w:abstractNum':
              abstract = [];
              definitions.set(a['w:abstractNumId'] ?? '', abstract);
              break;
            case 'w:lvl': {
              const l = Number(a['w:ilvl'] ?? 0);
              level = { start: 1, format: 'decimal', text: '' };
              if (abstract && l >= 0 && l < 9) abstract[l] = level;
              break;
            }
            case 'w:start':
              if (level) level.start = Number(a['w:val'] ?? 1) || 0;
              break;
            case 'w:numFmt':
              if (level) level.format = a['w:val'] ?? 'decimal';
              break;
            case 'w:lvlText':
              if (level) level.text = a['w:val'] ?? '';
              break;
            case 'w:num':
              instance = { abstract: '', overrides: new Map() };
              instances.set(a['w:numId'] ?? '', instance);
              break;
            case 'w:abstractNumId':
              if (instance) instance.abstract = a['w:val'] ?? '';
              break;
            case 'w:lvlOverride':
              overrideLevel = Number(a['w:ilvl'] ?? -1);
              break;
            case 'w:startOverride':
              if (instance && overrideLevel >= 0 && overrideLevel < 9) instance.overrides.set(overrideLevel, Number(a['w:val'] ?? 1) || 0);
              break;
          }
        },
        close(name) {
          if (name === 'w:abstractNum') abstract = null;
          else if (name === 'w:lvl') level = null;
          else if (name === 'w:num') instance = null;
          else if (name === 'w:lvlOverride') overrideLevel = -1;
        },
        text() {},
      },
      'word/numbering.xml',
    );
  }
  return new Numbering(definitions, instances);
}

function bulletOf(text: string): string {
  // Symbol-font bullets sit in the private-use area; show them as the bullet a reader sees.
  if (!text || /[\uE000-\uF8FF]/.test(text)) return '\u2022';
  return text;
}

function format(n: number, style: string): string {
  switch (style) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

/** a..z, then aa..zz (Word repeats the letter). */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const numerals: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of numerals) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
