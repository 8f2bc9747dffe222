/**
 * The XSS corpus: strings a hostile editor, a compromised JSON file or a careless CMS export may put
 * into any attribute, JSON field, light-DOM list or slot. Each one, if it ever ran as script, sets
 * `window.__xss` (directly, or as `parent.__xss` from a frame): the tests read that flag.
 *
 * `kind` says what the payload attacks: markup parsed as HTML, a URL with a dangerous scheme, an
 * attribute or text break-out, or a template syntax (`${…}`, `{{…}}`, CSS `expression()`).
 */
export interface Payload {
  name: string;
  kind: 'markup' | 'url' | 'break-out' | 'template';
  value: string;
}

const FLAG = 'window.__xss=1';
const PARENT_FLAG = 'parent.__xss=1';
const base64 = (text: string) => btoa(text);
/** `&#106;&#97;…`: every character as a decimal entity. */
const decimalEntities = (text: string) => [...text].map((char) => `&#${char.codePointAt(0)};`).join('');
/** `%6A%61…`: every character percent-encoded. */
const percentEncoded = (text: string) => [...text].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');

export const payloads: Payload[] = [
  // Markup: would run if any field were parsed as HTML.
  { kind: 'markup', name: 'script tag', value: `<script>${FLAG}</script>` },
  { kind: 'markup', name: 'upper-case script with data: src', value: `<SCRIPT SRC=data:text/javascript,${FLAG}></SCRIPT>` },
  { kind: 'markup', name: 'img onerror', value: `<img src=x onerror="${FLAG}">` },
  { kind: 'markup', name: 'img onerror, unquoted and unclosed', value: `<img src=x onerror=${FLAG}//` },
  { kind: 'markup', name: 'svg onload', value: `<svg onload="${FLAG}">` },
  { kind: 'markup', name: 'svg/onload without space', value: `<svg/onload=${FLAG}>` },
  { kind: 'markup', name: 'script inside svg', value: `<svg><script>${FLAG}</script></svg>` },
  { kind: 'markup', name: 'svg animate onbegin', value: `<svg><animate onbegin=${FLAG} attributeName=x dur=1s>` },
  {
    kind: 'markup',
    name: 'svg xlink:href javascript:',
    value: `<svg><a xlink:href="javascript:${FLAG}"><text>x</text></a></svg>`,
  },
  { kind: 'markup', name: 'iframe javascript: src', value: `<iframe src="javascript:${PARENT_FLAG}"></iframe>` },
  { kind: 'markup', name: 'iframe srcdoc', value: `<iframe srcdoc="<script>${PARENT_FLAG}</script>"></iframe>` },
  { kind: 'markup', name: 'details ontoggle', value: `<details open ontoggle="${FLAG}">` },
  { kind: 'markup', name: 'input autofocus onfocus', value: `<input autofocus onfocus=${FLAG}>` },
  { kind: 'markup', name: 'body onload', value: `<body onload=${FLAG}>` },
  { kind: 'markup', name: 'video source onerror', value: `<video><source onerror="${FLAG}"></video>` },
  { kind: 'markup', name: 'object data javascript:', value: `<object data="javascript:${PARENT_FLAG}"></object>` },
  { kind: 'markup', name: 'embed src javascript:', value: `<embed src="javascript:${PARENT_FLAG}">` },
  { kind: 'markup', name: 'form button formaction', value: `<form><button formaction=javascript:${FLAG}>x</button></form>` },
  { kind: 'markup', name: 'meta refresh', value: `<meta http-equiv="refresh" content="0;url=javascript:${FLAG}">` },
  { kind: 'markup', name: 'base href javascript:', value: `<base href="javascript:${FLAG}//">` },
  { kind: 'markup', name: 'mXSS through math/style', value: `<math><mtext><table><mglyph><style><img src=x onerror=${FLAG}>` },
  { kind: 'markup', name: 'mXSS through noscript', value: `<noscript><p title="</noscript><img src=x onerror=${FLAG}>">` },
  { kind: 'markup', name: 'mXSS through comment', value: `<!--<img src="--><img src=x onerror=${FLAG}//">` },
  { kind: 'markup', name: 'entity-encoded script tag', value: `&lt;script&gt;${FLAG}&lt;/script&gt;` },
  { kind: 'markup', name: 'percent-encoded script tag', value: '%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E' },
  { kind: 'markup', name: 'JSON-escaped script tag', value: `\\u003cscript\\u003e${FLAG}\\u003c/script\\u003e` },

  // URLs: would run if a link or image kept a dangerous scheme.
  { kind: 'url', name: 'javascript:', value: `javascript:${FLAG}` },
  { kind: 'url', name: 'javascript: in mixed case', value: `JaVaScRiPt:${FLAG}` },
  { kind: 'url', name: 'javascript: after a space', value: ` javascript:${FLAG}` },
  { kind: 'url', name: 'javascript: after tab, newline, spaces', value: `\t\n  javascript:${FLAG}` },
  { kind: 'url', name: 'javascript: after NUL', value: `\u0000javascript:${FLAG}` },
  { kind: 'url', name: 'javascript: after control characters', value: `\u0001\u000e\u001fjavascript:${FLAG}` },
  { kind: 'url', name: 'javascript: with a tab inside the scheme', value: `java\tscript:${FLAG}` },
  { kind: 'url', name: 'javascript: with a newline inside the scheme', value: `jav\nascript:${FLAG}` },
  { kind: 'url', name: 'javascript: with a CR before the colon', value: `javascript\r:${FLAG}` },
  { kind: 'url', name: 'javascript: comment and percent-encoded newline', value: `javascript://%0A${FLAG}` },
  {
    kind: 'url',
    name: 'javascript: polyglot',
    value: `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${FLAG} )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${FLAG}//>\\x3e`,
  },
  { kind: 'url', name: 'javascript: with entity-encoded tab', value: `jav&#x09;ascript:${FLAG}` },
  { kind: 'url', name: 'javascript: with named-entity tab', value: `java&Tab;script:${FLAG}` },
  { kind: 'url', name: 'javascript: fully entity-encoded', value: decimalEntities(`javascript:${FLAG}`) },
  { kind: 'url', name: 'javascript: with &colon;', value: `&#x6A;avascript&colon;${FLAG}` },
  { kind: 'url', name: 'javascript: with percent-encoded colon', value: `javascript%3A${FLAG}` },
  { kind: 'url', name: 'javascript: fully percent-encoded', value: percentEncoded(`javascript:${FLAG}`) },
  { kind: 'url', name: 'javascript: after a no-break space', value: `\u00a0javascript:${FLAG}` },
  { kind: 'url', name: 'javascript: after a right-to-left override', value: `\u202ejavascript:${FLAG}` },
  { kind: 'url', name: 'javascript: behind https: without slashes', value: `https:javascript:${FLAG}` },
  { kind: 'url', name: 'javascript: as a protocol-relative host', value: `//javascript:${FLAG}` },
  { kind: 'url', name: 'vbscript:', value: `vbscript:${FLAG}` },
  { kind: 'url', name: 'vbscript: in mixed case after a space', value: ` VbScRiPt:${FLAG}` },
  { kind: 'url', name: 'data: HTML', value: `data:text/html,<script>${PARENT_FLAG}</script>` },
  {
    kind: 'url',
    name: 'data: HTML base64, mixed case',
    value: `DaTa:text/html;base64,${base64(`<script>${PARENT_FLAG}</script>`)}`,
  },
  {
    kind: 'url',
    name: 'data: SVG',
    value: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${PARENT_FLAG}"/>`,
  },
  { kind: 'url', name: 'data: JavaScript after a tab', value: `\tdata:text/javascript,${FLAG}` },
  { kind: 'url', name: 'mailto: carrying markup', value: `mailto:a@b.org?body=<script>${FLAG}</script>` },
  { kind: 'url', name: 'tel: carrying markup', value: `tel:+1<img src=x onerror=${FLAG}>` },

  // Break-outs: would run if a value were spliced into markup or an attribute without escaping.
  { kind: 'break-out', name: 'double-quote attribute break-out', value: `"><img src=x onerror=${FLAG}>` },
  { kind: 'break-out', name: 'single-quote attribute break-out', value: `'><svg onload=${FLAG}>` },
  {
    kind: 'break-out',
    name: 'event handler injected in an attribute',
    value: `" onmouseover="${FLAG}" autofocus onfocus="${FLAG}" x="`,
  },
  { kind: 'break-out', name: 'relative URL with an onerror break-out', value: `/img.png" onerror="${FLAG}` },
  { kind: 'break-out', name: 'style then script', value: `</style><script>${FLAG}</script>` },
  { kind: 'break-out', name: 'title then script', value: `</title><script>${FLAG}</script>` },
  { kind: 'break-out', name: 'textarea then img', value: `</textarea><img src=x onerror=${FLAG}>` },
  { kind: 'break-out', name: 'comment then script', value: `--><script>${FLAG}</script><!--` },
  { kind: 'break-out', name: 'CDATA then script', value: `]]><script>${FLAG}</script>` },
  { kind: 'break-out', name: 'phone number with a script', value: `+1 202 716 8820<script>${FLAG}</script>` },
  { kind: 'break-out', name: 'email address with a break-out', value: `elizama@iom.int"><script>${FLAG}</script>` },
  { kind: 'break-out', name: 'date with an img', value: `2018-09-05<img src=x onerror=${FLAG}>` },
  { kind: 'break-out', name: 'number with an img', value: `175<img src=x onerror=${FLAG}>` },

  // Templates and CSS: would run if a value reached a template engine, eval or a style sheet.
  { kind: 'template', name: '${…} expression', value: `\${${FLAG}}` },
  { kind: 'template', name: 'template literal', value: `\`\${${FLAG}}\`` },
  { kind: 'template', name: 'nested template literal', value: `\${\`\${(() => { ${FLAG} })()}\`}` },
  { kind: 'template', name: '{{…}} constructor escape', value: `{{constructor.constructor('${FLAG}')()}}` },
  { kind: 'template', name: '{{…}} $on escape', value: `{{$on.constructor('${PARENT_FLAG}')()}}` },
  { kind: 'template', name: 'server template tags', value: `<%= ${FLAG} %>#{${FLAG}}` },
  { kind: 'template', name: 'CSS expression()', value: `expression(${FLAG})` },
  { kind: 'template', name: 'CSS expression() in a style attribute', value: `<div style="width:expression(${FLAG})">x</div>` },
  { kind: 'template', name: 'CSS url(javascript:)', value: `<style>*{background:url("javascript:${FLAG}")}</style>` },
  {
    kind: 'template',
    name: 'style break-out with @import',
    value: `</style><style>@import "data:text/css,*{x:expression(${FLAG})}";</style>`,
  },
];

/** The schemes any rendered `href` or `src` may resolve to. */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
