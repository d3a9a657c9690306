import { knownFamily } from '../../src/core/family-names';
import { ScanMemo } from '../../src/core/scan-memo';
import { fold } from '../../src/core/text';
import type { Block } from '../../src/core/model';

function known(blocks: Block[]) {
  return knownFamily({ texts: blocks.map((b) => b.text), folded: blocks.map((b) => fold(b.text)), blocks, scans: new ScanMemo() });
}
const para = (text: string): Block => ({ kind: 'paragraph', text });
const cell = (text: string, row: number, column: number): Block => ({ kind: 'table-cell', text, table: 0, row, column });

describe('knownFamily', () => {
  it('reads family by a kin word in brackets, in apposition, after a colon and in a row of relationships', () => {
    const found = known([
      para('Pat and Ray Hollis (the boys’ grandparents) and Dee Hollis (Mum) agreed this.'),
      para('Wes, the boys’ dad, lives in Leeds. Carla, my partner, helps out. Uncle: Femi Ade'),
      para('Their nan, Bev, comes on Sundays.'),
      cell('Name', 0, 0), cell('Relationship', 0, 1), cell('Tyrone Bell', 1, 0), cell('Stepdad', 1, 1),
    ]);
    expect([...found.kin].sort()).toEqual(['bev', 'carla', 'dee', 'femi', 'pat', 'ray', 'tyrone', 'wes']);
  });

  it('reads children by their ages or a label, not adults with ages nor the name whose relative is introduced', () => {
    const found = known([
      para('Children: Ivy and Rex'),
      para('Noor Aziz, 8 (born 2 May 2018), and Sami Aziz (15 months).'),
      para('Lorraine Hill (61) will help. Jordan Lee, his mum Carla Lee, and Dr Shaw (GP).'),
    ]);
    expect([...found.children].sort()).toEqual(['ivy', 'noor', 'rex', 'sami']);
    expect([...found.kin]).toEqual(['carla']);
  });
});
