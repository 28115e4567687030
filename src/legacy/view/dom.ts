/**
 * The few DOM calls the legacy pane is built from: all of them in Internet Explorer 11 (no
 * append(), remove(), closest(), classList toggles or template elements).
 */

export type Child = Node | string | null | undefined | false;

export interface Attributes {
  [name: string]: string | undefined;
}

/** `el('p', { class: 'note' }, '文字', otherNode)`; null/false children are left out. */
export function el(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value !== undefined) node.setAttribute(name, value);
  }
  appendAll(node, children);
  return node;
}

export function appendAll(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A button that runs `onClick` (type=button: never submits a surrounding form). */
export function button(
  label: string,
  onClick: () => void,
  options: { primary?: boolean; disabled?: boolean; title?: string; small?: boolean } = {},
): HTMLButtonElement {
  const classes = ['btn'];
  if (options.primary) classes.push('btn-primary');
  if (options.small) classes.push('btn-small');
  const node = el('button', { type: 'button', class: classes.join(' '), title: options.title });
  node.appendChild(document.createTextNode(label));
  const b = node as HTMLButtonElement;
  b.disabled = options.disabled === true;
  b.addEventListener('click', onClick);
  return b;
}

/** Replace everything inside `parent`. */
export function replaceChildren(parent: Node, children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  appendAll(parent, children);
}

/** A message bar: intent decides its colour (error, success, info). */
export function messageBar(
  intent: 'error' | 'success' | 'info' | 'warning',
  ...children: Child[]
): HTMLElement {
  return el(
    'div',
    { class: `bar bar-${intent}`, role: intent === 'error' ? 'alert' : 'status' },
    ...children,
  );
}

let fieldIds = 0;

/** A labelled text input; `error` shows under it when not null. */
export function textField(
  label: string,
  value: string,
  onInput: (value: string) => void,
  error: string | null = null,
): HTMLElement {
  fieldIds += 1;
  const id = `legacy-field-${fieldIds}`;
  const input = el('input', { id, type: 'text', class: 'input' }) as HTMLInputElement;
  input.value = value;
  // 'input' fires per keystroke in IE11 too; 'change' only on blur.
  input.addEventListener('input', () => onInput(input.value));
  if (error) input.setAttribute('aria-invalid', 'true');
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    input,
    error && el('div', { class: 'field-error' }, error),
  );
}

/**
 * A folded section: a button (aria-expanded) that shows or hides what `body` draws, drawn on
 * first opening. `open` remembers the keys left open, so a redraw keeps them open.
 */
export function disclosure(
  key: string,
  open: { [key: string]: boolean },
  header: Child[],
  body: () => Child[],
  className = '',
): HTMLElement {
  const toggle = el('button', {
    type: 'button',
    class: 'disclosure',
    'aria-expanded': open[key] ? 'true' : 'false',
  });
  appendAll(toggle, [el('span', { class: 'chevron', 'aria-hidden': 'true' }), ...header]);
  const panel = el('div', { class: 'disclosure-panel' });
  let drawn = false;
  const show = (shown: boolean): void => {
    if (shown && !drawn) {
      drawn = true;
      appendAll(panel, body());
    }
    panel.style.display = shown ? '' : 'none';
    toggle.setAttribute('aria-expanded', shown ? 'true' : 'false');
  };
  show(open[key] === true);
  toggle.addEventListener('click', () => {
    open[key] = !open[key];
    show(open[key]);
  });
  return el('div', { class: className ? `fold ${className}` : 'fold' }, toggle, panel);
}
