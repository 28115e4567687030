/**
 * The legacy pane's look: plain CSS that Internet Explorer 11 reads (no custom properties, no
 * grid, flexbox only where IE11's is sound), close to the Office task pane's colours.
 */
export const LEGACY_CSS = `
.pane { padding: 12px; font-size: 14px; color: #242424; line-height: 1.45; }
.pane h2 { font-size: 15px; font-weight: 600; margin: 16px 0 6px; }
.pane h3 { font-size: 14px; font-weight: 600; margin: 0; }
.toolbar { margin-bottom: 8px; }
.btn { font: inherit; padding: 4px 12px; margin: 0 6px 6px 0; border: 1px solid #d1d1d1;
  background: #fff; color: #242424; border-radius: 4px; cursor: pointer; }
.btn:hover { background: #f5f5f5; }
.btn[disabled] { color: #bdbdbd; cursor: default; background: #f0f0f0; }
.btn-primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
.btn-primary:hover { background: #115ea3; }
.btn-small { padding: 1px 8px; font-size: 12px; }
.btn-link { display: block; width: 100%; text-align: left; border: 0; background: transparent;
  padding: 4px 2px; margin: 0; font: inherit; color: inherit; cursor: pointer; }
.btn-link:hover, .btn-link:focus { background: #ebf3fc; }
.bar { padding: 8px 10px; margin: 6px 0; border: 1px solid #d1d1d1; border-radius: 4px;
  background: #fafafa; }
.bar-error { background: #fdf3f4; border-color: #eeacb2; }
.bar-success { background: #f1faf1; border-color: #9fd89f; }
.bar-info { background: #f5f5f5; }
.bar-warning { background: #fff9f5; border-color: #fdcfb4; }
.bar-title { font-weight: 600; }
.muted { color: #616161; font-size: 12px; }
.mono { font-family: Consolas, monospace; font-size: 12px; word-break: break-all; }
.switch { display: block; margin: 4px 0; }
.card { border: 1px solid #e0e0e0; border-radius: 4px; padding: 8px 10px; margin: 6px 0;
  background: #fff; }
.lines { list-style: none; margin: 6px 0; padding: 0; }
.lines li { padding: 4px 0; border-bottom: 1px solid #f0f0f0; }
.rate { font-weight: 600; margin-left: 6px; }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px;
  font-size: 12px; background: #c50f1f; color: #fff; }
.badge-warn { background: #fdf6e3; color: #8a3707; border: 1px solid #f4bfab; }
.levels { width: 100%; border-collapse: collapse; margin: 4px 0; }
.levels td { padding: 2px 0; vertical-align: top; }
.levels .child { padding-left: 16px; color: #616161; font-size: 12px; }
.levels .points { text-align: right; white-space: nowrap; }
.warn, .mismatch { color: #c50f1f; }
.facts { margin: 4px 0 0; }
.facts div { padding: 1px 0; }
.facts .term { color: #616161; margin-right: 8px; }
.facts .value { font-weight: 600; }
.flags { list-style: none; margin: 0; padding: 0; }
.counts-line h2 { display: inline; margin-right: 10px; }
.counts-line { margin: 12px 0 2px; }
.counts { font-weight: 600; }
.count-error { color: #b10e1c; }
.count-warning { color: #bc4b09; }
.problems { list-style: none; margin: 4px 0 0; padding: 0; }
.problems > li { border-bottom: 1px solid #f0f0f0; }
.problem { padding: 4px 2px; }
.tag { display: inline-block; margin-right: 6px; padding: 0 4px; border-radius: 3px;
  font-size: 11px; line-height: 16px; vertical-align: 1px; }
.tag-error { background: #fdf3f4; color: #b10e1c; border: 1px solid #eeacb2; }
.tag-warning { background: #fff9f5; color: #bc4b09; border: 1px solid #fdcfb4; }
.tag-info { background: #f5f5f5; color: #616161; border: 1px solid #e0e0e0; }
.fold { margin: 0; }
.disclosure { display: block; width: 100%; text-align: left; border: 0; background: transparent;
  padding: 4px 2px; margin: 0; font: inherit; color: inherit; cursor: pointer; }
.disclosure:hover, .disclosure:focus { background: #f5f5f5; }
.chevron { display: inline-block; width: 10px; margin-right: 4px; color: #616161; }
.chevron:before { content: '\\25B8'; }
.disclosure[aria-expanded=true] .chevron:before { content: '\\25BE'; }
.disclosure-panel { padding: 0 0 4px 14px; }
.fold-title { font-weight: 600; margin-right: 8px; }
.sub-heading { font-size: 12px; font-weight: 600; margin-top: 4px; }
.levels .indicator { padding: 0 0 4px 32px; font-size: 12px; color: #424242; }
.levels .verdict { font-weight: 600; }
.flag-where { font-size: 12px; font-weight: 600; display: block; }
.severity-error { color: #b10e1c; }
.severity-warning { color: #bc4b09; }
.severity-info { color: #616161; }
.field { margin: 6px 0; }
.field label { display: block; font-size: 13px; margin-bottom: 2px; }
.input, .select { font: inherit; padding: 3px 6px; border: 1px solid #d1d1d1; border-radius: 4px;
  width: 100%; box-sizing: border-box; }
.field-error { color: #c50f1f; font-size: 12px; }
.dialog { border: 1px solid #0f6cbd; border-radius: 4px; padding: 8px 10px; margin: 8px 0;
  background: #fff; }
`;

/** Add the stylesheet once per document. */
export function ensureStyles(doc: Document): void {
  if (doc.getElementById('legacy-pane-css')) return;
  const style = doc.createElement('style');
  style.id = 'legacy-pane-css';
  style.appendChild(doc.createTextNode(LEGACY_CSS));
  (doc.head || doc.getElementsByTagName('head')[0] || doc.body).appendChild(style);
}
