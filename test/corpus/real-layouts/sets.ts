// Every set of the real-layout corpus, in the order it was written: the in-sample set the rules were
// built on, then each held-out set (written by someone who never saw the checker, scored once while
// sealed, seen from then on). Add a new set here and the generator, the corpus tests and
// `npm run score` all take it.
import { IN_SAMPLE } from './in-sample';
import { HELD_OUT } from './held-out';
import { HELD_OUT_2 } from './held-out-2';
import { HELD_OUT_3 } from './held-out-3';
import { HELD_OUT_4 } from './held-out-4';
import { HELD_OUT_5 } from './held-out-5';
import { HELD_OUT_6 } from './held-out-6';
import { HELD_OUT_7 } from './held-out-7';
import { HELD_OUT_8 } from './held-out-8';
import { HELD_OUT_9 } from './held-out-9';
import { HELD_OUT_10 } from './held-out-10';
import { HELD_OUT_11 } from './held-out-11';
import { HELD_OUT_12 } from './held-out-12';
import { HELD_OUT_13 } from './held-out-13';
import { HELD_OUT_14 } from './held-out-14';
import { HELD_OUT_15 } from './held-out-15';
import { HELD_OUT_16 } from './held-out-16';
import { HELD_OUT_17 } from './held-out-17';
import { HELD_OUT_18 } from './held-out-18';
import { HELD_OUT_19 } from './held-out-19';
import { HELD_OUT_20 } from './held-out-20';
import { HELD_OUT_21 } from './held-out-21';
import { HELD_OUT_22 } from './held-out-22';
import { HELD_OUT_23 } from './held-out-23';
import { HELD_OUT_24 } from './held-out-24';
import { HELD_OUT_25 } from './held-out-25';
import { HELD_OUT_26 } from './held-out-26';
import { HELD_OUT_27 } from './held-out-27';
import { HELD_OUT_28 } from './held-out-28';
import { HELD_OUT_29 } from './held-out-29';
import { HELD_OUT_30 } from './held-out-30';
import { HELD_OUT_31 } from './held-out-31';
import { HELD_OUT_32 } from './held-out-32';
import { HELD_OUT_33 } from './held-out-33';
import { HELD_OUT_34 } from './held-out-34';
import { HELD_OUT_35 } from './held-out-35';
import { HELD_OUT_36 } from './held-out-36';
import type { AgreementSpec } from './spec';

export interface RealLayoutSet {
  /** The folder under test/corpus/real-layouts/ that holds its .docx and .expected.json files. */
  name: string;
  specs: AgreementSpec[];
}

export const REAL_LAYOUT_SETS: RealLayoutSet[] = [
  { name: 'in-sample', specs: IN_SAMPLE },
  { name: 'held-out', specs: HELD_OUT },
  { name: 'held-out-2', specs: HELD_OUT_2 },
  { name: 'held-out-3', specs: HELD_OUT_3 },
  { name: 'held-out-4', specs: HELD_OUT_4 },
  { name: 'held-out-5', specs: HELD_OUT_5 },
  { name: 'held-out-6', specs: HELD_OUT_6 },
  { name: 'held-out-7', specs: HELD_OUT_7 },
  { name: 'held-out-8', specs: HELD_OUT_8 },
  { name: 'held-out-9', specs: HELD_OUT_9 },
  { name: 'held-out-10', specs: HELD_OUT_10 },
  { name: 'held-out-11', specs: HELD_OUT_11 },
  { name: 'held-out-12', specs: HELD_OUT_12 },
  { name: 'held-out-13', specs: HELD_OUT_13 },
  { name: 'held-out-14', specs: HELD_OUT_14 },
  { name: 'held-out-15', specs: HELD_OUT_15 },
  { name: 'held-out-16', specs: HELD_OUT_16 },
  { name: 'held-out-17', specs: HELD_OUT_17 },
  { name: 'held-out-18', specs: HELD_OUT_18 },
  { name: 'held-out-19', specs: HELD_OUT_19 },
  { name: 'held-out-20', specs: HELD_OUT_20 },
  { name: 'held-out-21', specs: HELD_OUT_21 },
  { name: 'held-out-22', specs: HELD_OUT_22 },
  { name: 'held-out-23', specs: HELD_OUT_23 },
  { name: 'held-out-24', specs: HELD_OUT_24 },
  { name: 'held-out-25', specs: HELD_OUT_25 },
  { name: 'held-out-26', specs: HELD_OUT_26 },
  { name: 'held-out-27', specs: HELD_OUT_27 },
  { name: 'held-out-28', specs: HELD_OUT_28 },
  { name: 'held-out-29', specs: HELD_OUT_29 },
  { name: 'held-out-30', specs: HELD_OUT_30 },
  { name: 'held-out-31', specs: HELD_OUT_31 },
  { name: 'held-out-32', specs: HELD_OUT_32 },
  { name: 'held-out-33', specs: HELD_OUT_33 },
  { name: 'held-out-34', specs: HELD_OUT_34 },
  { name: 'held-out-35', specs: HELD_OUT_35 },
  { name: 'held-out-36', specs: HELD_OUT_36 },
];
