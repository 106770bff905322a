import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { isSafeHref, renderMarkdown } from './render-markdown';

const html = (source: string) => {
  const el = document.createElement('div');
  render(<>{renderMarkdown(source)}</>, el);
  return el;
};

describe('the Markdown subset', () => {
  test('bold, italics, paragraphs and line breaks', () => {
    expect(html('**Free** shipping on *all* orders\nover €50\n\nSecond _paragraph_').innerHTML).toBe(
      '<p><strong>Free</strong> shipping on <em>all</em> orders<br>over €50</p><p>Second <em>paragraph</em></p>',
    );
  });

  test('bullet and numbered lists', () => {
    expect(html('Steps:\n1. Pack it\n2. Ship it\n- **fast**\n- cheap').innerHTML).toBe(
      '<p>Steps:</p><ol><li>Pack it</li><li>Ship it</li></ol><ul><li><strong>fast</strong></li><li>cheap</li></ul>',
    );
  });

  test('http(s), mailto and tel links open in a new tab with rel="noopener"', () => {
    const el = html('[Track](https://example.com/t?id=1) · [mail](mailto:help@example.com) · [call](tel:+351210000000)');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/t?id=1',
      'mailto:help@example.com',
      'tel:+351210000000',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  test('snake_case words are not italics', () => {
    expect(html('use order_id and tracking_code').innerHTML).toBe('<p>use order_id and tracking_code</p>');
  });
});

describe('safety', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
    '&lt;b&gt;entity&lt;/b&gt;',
    '<style>*{display:none}</style>',
  ];

  test.each(attacks)('HTML is shown as text: %s', (attack) => {
    const el = html(attack);
    expect(el.textContent).toBe(attack);
    expect(el.querySelectorAll('script, img, svg, style, a, b').length).toBe(0);
  });

  test.each([
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD4=)',
    '[click](vbscript:msgbox)',
    '[click](//evil.example/)',
    '[click](/relative)',
    '[click](java\tscript:alert(1))',
  ])('a link to anything but http(s), mailto or tel keeps its words and loses the link: %s', (source) => {
    const el = html(source);
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('click');
  });

  test('only http(s), mailto and tel are safe', () => {
    expect(isSafeHref('https://x.example')).toBe(true);
    expect(isSafeHref(' javascript:alert(1)')).toBe(false);
    expect(isSafeHref('ftp://x.example')).toBe(false);
  });
});

// An agent reply or FAQ answer is not length-limited, and every line is parsed again on each
// change of the chat (a keystroke saves a draft): the parse must stay linear.
test('long runs of unclosed brackets, links or underscores parse in linear time', () => {
  const runs = ['['.repeat(40_000), '[a]('.repeat(10_000), ' _a'.repeat(13_000)];
  const started = process.cpuUsage();
  for (const run of runs) renderMarkdown(run);
  const { user, system } = process.cpuUsage(started);
  // Quadratic parsing took about 3 s of CPU here; linear parsing takes a few milliseconds.
  expect((user + system) / 1000).toBeLessThan(300);
});
