import { parseCsv, writeCsv } from '../../../knowledge/transfer/csv';

test('reads RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF', () => {
  const { records, issues } = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,,\r\n');
  expect(issues).toEqual([]);
  expect(records).toEqual([
    { line: 1, fields: ['a', 'b', 'c'] },
    { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
    { line: 4, fields: ['last', '', ''] },
  ]);
});

test('tolerates a UTF-8 byte-order mark, LF line ends, blank lines and no final newline', () => {
  const { records } = parseCsv('\uFEFFid,title\n\n1,退货\n2,"多行\n标题"');
  expect(records).toEqual([
    { line: 1, fields: ['id', 'title'] },
    { line: 3, fields: ['1', '退货'] },
    { line: 4, fields: ['2', '多行\n标题'] },
  ]);
});

test('reports an unclosed quote and text after a closing quote with their lines', () => {
  expect(parseCsv('a\n"open\nstill open').issues).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
  expect(parseCsv('a,b\n"x"y,z').issues).toEqual([{ line: 2, message: expect.stringMatching(/after a closing quote/) }]);
});

test('writes what it reads', () => {
  const rows = [['id', 'text'], ['1', 'plain'], ['2', 'comma, "quote"\nnewline'], ['3', ' padded ']];
  const text = writeCsv(rows);
  expect(text.split('\r\n')[0]).toBe('id,text');
  expect(parseCsv(text).records.map((r) => r.fields)).toEqual(rows);
});
