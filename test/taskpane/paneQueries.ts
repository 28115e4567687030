/**
 * How the tests find things in the pane, by its roles and words: the 问题清单 (shown once an
 * evaluation is), its top-level lines, a folded line opened, a summary card unfolded. Shared by
 * the React pane's tests and the legacy pane's (both draw the same roles).
 */
import { fireEvent, screen, within } from '@testing-library/dom';

/** The 问题清单's list of lines: there once the pane shows an evaluation with a finding. */
export const problems = (): Promise<HTMLElement> => screen.findByRole('list', { name: '问题清单' });

/** The top-level lines of the 问题清单. */
export function problemItems(list: HTMLElement): HTMLElement[] {
  return Array.from(list.children) as HTMLElement[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the folded line (or section) whose header starts with `title`; returns the header. */
export function unfold(title: string, container: HTMLElement = document.body): HTMLElement {
  const header = within(container).getByRole('button', {
    name: new RegExp(`^(错误|警告|提示)?\\s*${escape(title)}`),
  });
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
  return header;
}

/** Opens every folded line of the 问题清单 (a test that needs every flag link). */
export function unfoldAll(list: HTMLElement): void {
  for (const header of within(list).queryAllByRole('button', { expanded: false }))
    fireEvent.click(header);
}

/** A form's summary card, unfolded: the group named by its title. */
export async function card(title: string): Promise<HTMLElement> {
  const cards = await screen.findByRole('region', { name: '计算结果' });
  unfold(title, cards);
  return within(cards).findByRole('group', { name: title });
}

/** The flag links (buttons showing sheet!address) in `container`. */
export function flagLinks(container: HTMLElement): HTMLElement[] {
  return within(container)
    .queryAllByRole('button')
    .filter((b) => b.getAttribute('aria-expanded') === null && /!/.test(b.textContent ?? ''));
}
