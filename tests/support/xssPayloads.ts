import { naughtyStrings } from './naughtyStrings.js';

/** The global a classic vector sets if it ever runs: assert it stays undefined. */
export const XSS_MARKER = '__cairnXss';

/**
 * Classic XSS vectors (OWASP's cheat sheet, mXSS and template-injection staples), each of which
 * sets `window.__cairnXss` or opens a dialog if a page ever runs it.
 */
export const CLASSIC_XSS_VECTORS: readonly string[] = [
  `<script>window.${XSS_MARKER}=1;alert(1)</script>`,
  `<img src=x onerror="window.${XSS_MARKER}=2;alert(2)">`,
  `<svg onload="window.${XSS_MARKER}=3">`,
  `<svg><script>window.${XSS_MARKER}=4</script></svg>`,
  `<iframe src="javascript:parent.${XSS_MARKER}=5"></iframe>`,
  `<a href="javascript:window.${XSS_MARKER}=6">click</a>`,
  `<body onload=window.${XSS_MARKER}=7>`,
  `<details open ontoggle=window.${XSS_MARKER}=8>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${XSS_MARKER}=9>`,
  `"><script>window.${XSS_MARKER}=10</script>`,
  `'><img src=x onerror=window.${XSS_MARKER}=11>`,
  `<input autofocus onfocus=window.${XSS_MARKER}=12>`,
  `<video><source onerror=window.${XSS_MARKER}=13>`,
  `<object data="javascript:window.${XSS_MARKER}=14"></object>`,
  `<embed src="javascript:window.${XSS_MARKER}=15">`,
  `<marquee onstart=window.${XSS_MARKER}=16>`,
  `javascript:window.${XSS_MARKER}=17`,
  `<meta http-equiv="refresh" content="0;url=javascript:${XSS_MARKER}=18">`,
  `<form><button formaction=javascript:window.${XSS_MARKER}=19>x</button></form>`,
  `{{constructor.constructor('window.${XSS_MARKER}=20')()}}`,
  `\${window.${XSS_MARKER}=21}`,
  `<x onclick=window.${XSS_MARKER}=22 style=display:block;height:9999px>click`,
  '<img src=x:alert(23) onerror=eval(src)>',
  `<scr<script>ipt>window.${XSS_MARKER}=24</scr</script>ipt>`,
  `&lt;script&gt;window.${XSS_MARKER}=25&lt;/script&gt;`,
  `<a href="https://example.com" onmouseover="window.${XSS_MARKER}=26">link</a>`,
  `[click](javascript:window.${XSS_MARKER}=27)`,
  `<style>*{background:url("javascript:window.${XSS_MARKER}=28")}</style>`,
  `<base href="javascript:/">`,
  `<noscript><p title="</noscript><img src=x onerror=${XSS_MARKER}=30>">`,
  `<svg><animate onbegin=window.${XSS_MARKER}=31 attributeName=x dur=1s>`,
  `<iframe srcdoc="<script>parent.${XSS_MARKER}=32</script>"></iframe>`,
];

/** What the product accepts everywhere: a short name (≤ 100 code points), titles, comments. */
const MAX_LENGTH = 100;
const LONE_SURROGATE = /\p{Cs}/u;
const LOOKS_LIKE_MARKUP = /[<>]|javascript:|on\w+\s*=|\{\{|\$\{/i;

/**
 * `count` distinct hostile strings: the classic vectors, then the naughty strings that look like
 * markup or script, then the other naughty strings (Unicode oddities, injections of every kind).
 * Trimmed, non-empty, valid Unicode and at most 100 code points, so every field takes them as
 * they are. Fails when the fixtures give fewer than `count`.
 */
export function xssPayloads(count: number): string[] {
  const naughty = naughtyStrings()
    .map((raw) => raw.trim())
    .filter(
      (text) => text.length > 0 && [...text].length <= MAX_LENGTH && !LONE_SURROGATE.test(text),
    );
  const ordered = [
    ...CLASSIC_XSS_VECTORS,
    ...naughty.filter((text) => LOOKS_LIKE_MARKUP.test(text)),
    ...naughty.filter((text) => !LOOKS_LIKE_MARKUP.test(text)),
  ];
  const payloads = [...new Set(ordered)].slice(0, count);
  if (payloads.length < count) {
    throw new Error(`Only ${payloads.length} hostile strings in the fixtures; ${count} asked.`);
  }
  return payloads;
}
