import { analyse } from './engine';
test('placeholder engine returns paragraphs', () => {
  expect(analyse([{ kind: 'paragraph', text: 'a' }]).paragraphs).toEqual(['a']);
});
