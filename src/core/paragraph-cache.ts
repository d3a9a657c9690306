// The analyser's cache of paragraph results, by text and by place in the structure. Only the
// analyser uses it; rules know nothing about caching.
import type { Actor, ActorKind } from './actors';
import type { Finding } from './model';
import type { ParagraphRule, RawFinding } from './rule';
import type { SectionKey } from './section-labels';

/** Where a paragraph sits, as far as its rules can tell: its results are cached for this place. */
export interface Place {
  section: SectionKey | null;
  isTask: boolean;
  headingActor: ActorKind;
  labelOnly: boolean;
  contentStart: number;
  actor: Actor | undefined;
  rowContext: string | undefined;
}

/** A rule's finding in a paragraph, before it is placed at a paragraph index. */
export type RuleHit = RawFinding & { rule: ParagraphRule };

export interface CachedParagraph {
  place: Place;
  hits: RuleHit[];
  /** Terms the paragraph defines ("... (CAMHS)"), fine anywhere else in the agreement. */
  definitions: string[];
  /** The public findings last built from `hits`, and for which paragraph index. */
  built?: { paragraph: number; findings: Finding[] };
}

/** Above this many entries the cache starts again (a long session must not grow without bound). */
const MOST_ENTRIES = 50_000;

export class ParagraphCache {
  /** A text seen in more than one place keeps a list, one entry per place. */
  private readonly byText = new Map<string, CachedParagraph | CachedParagraph[]>();
  private entries = 0;

  find(text: string, place: Place): CachedParagraph | undefined {
    const entry = this.byText.get(text);
    if (entry === undefined) return undefined;
    if (Array.isArray(entry)) return entry.find((cached) => samePlace(cached.place, place));
    return samePlace(entry.place, place) ? entry : undefined;
  }

  add(text: string, cached: CachedParagraph): void {
    if (this.entries > MOST_ENTRIES) {
      this.byText.clear();
      this.entries = 0;
    }
    const existing = this.byText.get(text);
    if (existing === undefined) this.byText.set(text, cached);
    else if (Array.isArray(existing)) existing.push(cached);
    else this.byText.set(text, [existing, cached]);
    this.entries++;
  }
}

function samePlace(a: Place, b: Place): boolean {
  return (
    a.section === b.section &&
    a.isTask === b.isTask &&
    a.headingActor === b.headingActor &&
    a.labelOnly === b.labelOnly &&
    a.contentStart === b.contentStart &&
    a.rowContext === b.rowContext &&
    (a.actor === b.actor ||
      (!!a.actor && !!b.actor && a.actor.kind === b.actor.kind && a.actor.start === b.actor.start && a.actor.end === b.actor.end && a.actor.verbAt === b.actor.verbAt))
  );
}
