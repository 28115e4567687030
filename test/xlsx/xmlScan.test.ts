/** The streaming XML scanner: the same events however the input is cut, entities never expanded. */
import fc from 'fast-check';
import {
  XmlScanner,
  attribute,
  decodeOoxmlEscapes,
  decodeXmlText,
} from '../../src/hosts/xlsx/xmlScan';

type Event = string;

function events(chunks: string[]): Event[] {
  const out: Event[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push(`text:${decodeXmlText(text)}`);
    text = '';
  };
  const scanner = new XmlScanner({
    open: (name, attrs, selfClosing) => {
      flush();
      out.push(`open:${name}:${attrs.trim()}:${selfClosing}@${scanner.tagStart}-${scanner.tagEnd}`);
    },
    close: (name) => {
      flush();
      out.push(`close:${name}@${scanner.tagStart}-${scanner.tagEnd}`);
    },
    text: (raw) => {
      text += raw;
    },
  });
  for (const chunk of chunks) scanner.feed(chunk);
  scanner.end();
  flush();
  return out;
}

const SAMPLE =
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x:worksheet xmlns:x="u"><!-- a > comment --><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="s" note="a>b"><x:v>12</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>&lt;财政&amp;拨款&gt; &#x4E2D;&#20013; &a;</x:t></x:is></x:c>' +
  '<x:c r="C1"/></x:row><x:row r="2"><x:c r="A2"><x:v><![CDATA[1 < 2 & 3]]></x:v></x:c></x:row></x:sheetData></x:worksheet>';

describe('XmlScanner', () => {
  it('reports tags without prefixes, with their offsets, and text with entities decoded', () => {
    const all = events([SAMPLE]);
    expect(all).toContain(
      'open:c:r="A1" t="s" note="a>b":false@' +
        SAMPLE.indexOf('<x:c r="A1"') +
        '-' +
        SAMPLE.indexOf('<x:v>12'),
    );
    // The DTD's entity is not expanded: `&a;` stays as written.
    expect(all).toContain('text:<财政&拨款> 中中 &a;');
    expect(all).toContain('text:1 < 2 & 3');
    expect(all).toContain(
      `open:c:r="C1":true@${SAMPLE.indexOf('<x:c r="C1"/>')}-${SAMPLE.indexOf('<x:c r="C1"/>') + 13}`,
    );
  });

  it('gives the same events however the input is cut into chunks', () => {
    const whole = events([SAMPLE]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: SAMPLE.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), SAMPLE.length];
          const chunks = points.slice(1).map((end, i) => SAMPLE.slice(points[i], end));
          expect(events(chunks)).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scans a 4 MB text run and 100,000 tags in linear time, holding no markup back', () => {
    const big = `<t>${'9'.repeat(4_000_000)}</t>${'<c r="A1"/>'.repeat(100_000)}`;
    const chunks: string[] = [];
    for (let at = 0; at < big.length; at += 65_536) chunks.push(big.slice(at, at + 65_536));
    let tags = 0;
    let chars = 0;
    const scanner = new XmlScanner({
      open: () => tags++,
      close: () => undefined,
      text: (raw) => {
        chars += raw.length;
      },
    });
    for (const chunk of chunks) scanner.feed(chunk);
    scanner.end();
    expect([tags, chars]).toEqual([100_001, 4_000_000]);
  });

  it('refuses unterminated markup and a single tag past 1 MB', () => {
    const scanner = new XmlScanner({
      open: () => undefined,
      close: () => undefined,
      text: () => undefined,
    });
    scanner.feed('<a><b attr="');
    expect(() => scanner.end()).toThrow(/unterminated/);
    const long = new XmlScanner({
      open: () => undefined,
      close: () => undefined,
      text: () => undefined,
    });
    expect(() => long.feed(`<a x="${'y'.repeat(1_100_000)}`)).toThrow(/too long/);
  });

  it('reads attributes by local name, and OOXML escapes', () => {
    expect(attribute(' r="A1" s="3" t="s"', 't')).toBe('s');
    expect(attribute(' name="附件2 &amp; 3" r:id="rId2" sheetId="2"', 'id')).toBe('rId2');
    expect(attribute(' sheetId="2"', 'id')).toBeNull();
    expect(decodeOoxmlEscapes('a_x001B_b_x000D_')).toBe('a\u001bb\r');
  });
});
