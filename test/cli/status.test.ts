import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { nodesFromBlocks, writeDocx } from '../../src/io/docx-writer';
import { readAgreementFile } from '../../src/io/read-agreement';
import { REVIEW_SETTING, serialiseReviewRecord, type ReviewRecord } from '../../src/core';
import { runStatus } from '../../src/cli/status-command';
import { runCli } from './run-cli';
import { tempDir } from '../support/temp-dir';

// A caseload with known dates, read as of 10 December 2026:
//   walsh/agreement-1   review 1 November (39 days overdue), agreement 2 for Liam exists
//   walsh/agreement-2   review 7 December (3 days overdue)
//   begum/agreement-3   ended 30 November, review 28 December
//   reid/agreement-1    review 11 December (tomorrow)
//   okoro/agreement-1   review 15 December (5 days), a .txt file
//   nodate/agreement-1  no review date
//   patel/agreement-2   review 20 January 2027, one threatening line
//   broken/agreement-2.docx is not a Word document; notes.csv is not an agreement.
const folder = join(__dirname, '..', 'fixtures', 'caseload');
const at = (file: string) => join(folder, file);
const EXPECTED_ORDER = ['walsh/agreement-1.md', 'walsh/agreement-2.md', 'begum/agreement-3.md', 'reid/agreement-1.md', 'okoro/agreement-1.txt', 'nodate/agreement-1.md', 'patel/agreement-2.md'].map(at);

describe('status --json', () => {
  const { code, stdout, stderr } = runCli(['status', '--as-of', '2026-12-10', '--json', folder]);
  const report = JSON.parse(stdout);

  test('every agreement in the folder and its subfolders, most urgent first', () => {
    expect(report.asOf).toBe('2026-12-10');
    expect(report.agreements.map((a: { file: string }) => a.file)).toEqual(EXPECTED_ORDER);
    expect(report.agreements.map((a: { urgency: string }) => a.urgency)).toEqual(['review-overdue', 'review-overdue', 'ended', 'review-due-soon', 'review-due-soon', 'no-review-date', 'in-date']);
    expect(report.agreements.map((a: { daysUntilReview: number | null }) => a.daysUntilReview)).toEqual([-39, -3, 18, 1, 5, null, 41]);
  });

  test('number, child, dates, open errors and the later agreement for the same child', () => {
    const [walsh1, walsh2] = report.agreements;
    expect(walsh1).toMatchObject({ number: 1, child: 'Liam', agreementDate: '2026-10-01', reviewDate: '2026-11-01', endDate: '2026-12-31', laterAgreement: { number: 2, file: at('walsh/agreement-2.md') } });
    expect(walsh2).toMatchObject({ number: 2, laterAgreement: null, review: null, daysUntilEnd: 11 });
    expect(report.agreements[6]).toMatchObject({ child: 'Kai', openErrors: { threatening: 1 } });
    expect(report.agreements[5]).toMatchObject({ child: 'Ruby', reviewDate: null, openErrors: { 'missing-section': 1 } });
  });

  test('the malformed file is reported, the rest still listed, and the exit code says so', () => {
    expect(report.problems).toEqual([{ file: at('broken/agreement-2.docx'), problem: expect.stringMatching(/damaged|not/) }]);
    expect(stderr).toContain('broken/agreement-2.docx');
    expect(code).toBe(2);
  });
});

describe('status as text', () => {
  const { stdout } = runCli(['status', '--as-of', '10 December 2026', folder]);

  test('grouped by urgency in order, with British dates', () => {
    expect(stdout.split('\n')[0]).toBe('Caseload as of 10 December 2026: 7 agreements, 2 reviews overdue, 1 past its end date, 2 reviews due within 7 days, 1 file could not be read.');
    const headings = stdout.split('\n').filter((line) => /^\S/.test(line)).slice(1);
    expect(headings).toEqual(['Reviews overdue', 'Past their end date', 'Reviews due within 7 days', 'No review date', 'Reviews not yet due', 'Could not be read']);
    const files = [...stdout.matchAll(/^ {2}\S.* {2}\((.+)\)$/gm)].map((m) => m[1]);
    expect(files).toEqual(EXPECTED_ORDER);
  });

  test('each agreement says how far off its review is, in words', () => {
    expect(stdout).toContain('  Liam, agreement 2  (');
    expect(stdout).toContain('Review was due 3 days ago (7 December 2026). Ends on 21 December 2026. Agreed 1 December 2026.');
    expect(stdout).toContain('Review due tomorrow (11 December 2026).');
    expect(stdout).toContain('Review due in 5 days (15 December 2026).');
    expect(stdout).toContain('Ended on 30 November 2026.');
    expect(stdout).toContain('Agreement 2 for this child has been written since');
    expect(stdout).toContain('Open errors: 1 threatening wording.');
  });

  test('no progress line when stderr is not a terminal', () => {
    expect(runCli(['status', '--as-of', '2026-12-10', at('reid')]).stderr).toBe('');
  });
});

describe('status reads what the add-in stored in a .docx', () => {
  const temp = tempDir('status-');
  // Agreement 2 for Liam as the add-in leaves it after a review meeting: outcomes in its settings, one finding ignored.
  const source = readAgreementFile(at('walsh/agreement-2.md'));
  const record: ReviewRecord = {
    version: 1,
    agreementNumber: 2,
    meetingDate: '2026-12-07',
    outcomes: [
      { key: 'a', task: 'Kerry Walsh will walk Liam to school.', party: 'family', outcome: 'done', note: '', reportedBy: 'Kerry Walsh' },
      { key: 'b', task: 'Hannah Okafor will visit.', party: 'professional', outcome: 'not-done', note: 'Off sick', reportedBy: 'Team manager' },
      { key: 'c', task: 'Another task.', party: 'family', outcome: null, note: '', reportedBy: '' },
    ],
  };
  const settings = `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="${REVIEW_SETTING}" value="${JSON.stringify(serialiseReviewRecord(record)).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/></we:properties></we:webextension>`;
  const files = unzipSync(writeDocx(nodesFromBlocks(source.blocks)));
  files['word/webextensions/webextension1.xml'] = strToU8(settings);
  writeFileSync(join(temp, 'liam-2.docx'), zipSync(files));
  cpSync(at('nodate'), join(temp, 'nodate'), { recursive: true });

  test('review outcomes by kind, with the meeting date', () => {
    const { code, stdout } = runCli(['status', '--as-of', '2026-12-10', '--json', temp]);
    expect(code).toBe(0);
    const row = JSON.parse(stdout).agreements.find((a: { number: number }) => a.number === 2);
    expect(row.review).toEqual({ meetingDate: '2026-12-07', outcomes: { done: 1, 'not-done': 1 }, notDiscussed: 1 });
    expect(runCli(['status', '--as-of', '2026-12-10', temp]).stdout).toContain('Reviewed on 7 December 2026: 1 done, 1 not done, 1 not discussed.');
  });

  test('a single file can be given as well as folders', () => {
    const { stdout } = runCli(['status', '--as-of', '2026-12-10', '--json', join(temp, 'liam-2.docx'), at('reid/agreement-1.md')]);
    expect(JSON.parse(stdout).agreements.map((a: { child: string }) => a.child)).toEqual(['Liam', 'Ellie']);
  });
});

describe('status arguments', () => {
  test.each([
    [['status', '--as-of', '31 February 2027', folder], /--as-of needs a date/],
    [['status', '--as-of'], /--as-of needs a date/],
    [['status'], /no files or folders given/],
    [['status', '--colour', folder], /unknown option --colour/],
    [['status', '--html'], /--html needs a file name/],
  ])('%j is refused with exit code 2', (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test('a path that does not exist is reported and the others are listed', () => {
    const { code, stdout } = runCli(['status', '--as-of', '2026-12-10', '--json', at('no-such-folder'), at('reid')]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.agreements).toHaveLength(1);
    expect(report.problems[0]).toEqual({ file: at('no-such-folder'), problem: 'no such file' });
  });
});

describe('status --html', () => {
  const out = join(tempDir('status-html-'), 'report.html');
  const { code } = runCli(['status', '--as-of', '2026-12-10', '--html', out, folder]);
  const html = readFileSync(out, 'utf8');

  test('one self-contained file: no scripts, no external addresses, a policy that forbids loading anything', () => {
    expect(code).toBe(2);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  test('the table lists every agreement in the same order as the text, and both charts are there', () => {
    const files = [...html.matchAll(/<td class="file">([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(files).toEqual(EXPECTED_ORDER);
    expect(html).toContain('Review was due 3 days ago (7 December 2026)');
    expect(html).toContain('Review and end dates, six weeks either side of today');
    expect(html).toContain('Open errors by category, all agreements');
    expect((html.match(/<circle /g) ?? []).length).toBe(6);
  });
});

describe('status progress line', () => {
  test('on a terminal: redrawn in place on stderr and cleared at the end; stdout unchanged', () => {
    let stdout = '';
    let stderr = '';
    const code = runStatus(['--as-of', '2026-12-10', at('walsh'), at('reid')], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), progress: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r\u001b\[2KReading agreements: \d of 3/);
    expect(stderr).toContain('Reading agreements: 3 of 3');
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(stdout).toBe(runCli(['status', '--as-of', '2026-12-10', at('walsh'), at('reid')]).stdout);
  });
});
