import type { ComponentChildren } from 'preact';

/**
 * A small, safe Markdown subset for bot answers, straight to Preact vnodes: paragraphs, line
 * breaks, `**bold**`, `*italics*` / `_italics_`, `- ` / `* ` and `1. ` lists, and
 * `[links](https://…)` limited to http(s), mailto and tel, opened in a new tab with
 * `rel="noopener"`. Nothing is ever parsed as HTML: every other character, `<script>` included,
 * becomes text that Preact escapes. A link to any other scheme (`javascript:`, `data:`) keeps
 * its words and loses the link.
 */
export function renderMarkdown(source: string): ComponentChildren {
  const blocks: ComponentChildren[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) {
      blocks.push(<p>{paragraph.flatMap((line, i) => (i ? [<br />, ...inline(line)] : inline(line)))}</p>);
    }
    if (list) {
      const items = list.items.map((item) => <li>{inline(item)}</li>);
      blocks.push(list.ordered ? <ol>{items}</ol> : <ul>{items}</ul>);
    }
    paragraph = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const item = /^(?:([-*•])|(\d{1,3})[.)])\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (item) {
      const ordered = item[2] !== undefined;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[3]!);
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

// Links first so their text can hold emphasis; then bold before italics so `**` is not read as
// two empty italics. A link's text holds no `[`, its URL no `(`, and `_italics_` no `_`, so each
// try stops at the next such character: with `.+?` there, a long run of `[`, `[a](` or ` _a`
// (a pasted log in an agent's reply) was parsed in quadratic time, seconds per render.
const token = /\[([^[\]\n]+)\]\(\s*([^()\s]+)\s*\)|\*\*(.+?)\*\*|\*(.+?)\*|(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])/gu;

/** Only these schemes become links; relative URLs and everything else stay text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|tel:)/i.test(href);
}

function inline(text: string, inLink = false): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(token)) {
    const [whole, label, href, bold, italic, underscored] = match;
    if (match.index > last) out.push(text.slice(last, match.index));
    last = match.index + whole.length;
    if (label !== undefined) {
      const words = inline(label, true);
      out.push(
        !inLink && isSafeHref(href!) ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {words}
          </a>
        ) : (
          words
        ),
      );
    } else if (bold !== undefined) out.push(<strong>{inline(bold, inLink)}</strong>);
    else out.push(<em>{inline((italic ?? underscored)!, inLink)}</em>);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
