/**
 * A component whose code is a chunk of its own, fetched when it is first shown (a click that
 * opens a dialog or a folded section), so the pane's start-up bundle does not carry it. While
 * the chunk loads it shows a loading sign; when the fetch fails (a dropped network, a server
 * updated since the pane opened), an error bar with 重试, never an exception. Once loaded, the
 * component is kept: a second opening draws at once.
 *
 * Not React.lazy: its Suspense boundary needs an error boundary beside it, and a lazy whose
 * import failed stays failed, where 重试 must fetch again (webpack forgets a failed chunk).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { LAZY_TEXT } from '../strings/pane';

export interface LazyPartOptions<P> {
  /** The part's name as the accountant knows it (设置, 插入自评表): in the loading and error texts. */
  name: string;
  /** What 关闭 on the error bar does (a dialog's cancel); without it, the bar has only 重试. */
  dismissOf?: (props: P) => () => void;
}

type Load<P> = () => Promise<ComponentType<P>>;

export function lazyPart<P extends object>(
  load: Load<P>,
  options: LazyPartOptions<P>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;

  function LazyPart(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    // Each 重试 starts a new fetch.
    const [attempt, setAttempt] = useState(0);

    useEffect(() => {
      if (component) return;
      let live = true;
      load().then(
        (c) => {
          // A chunk without the export (a build mismatch) counts as one that failed.
          if (!c) return live && setFailed(true);
          loaded = c;
          if (live) setComponent(() => c);
        },
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [component, attempt]);

    if (component) {
      const Loaded = component;
      return <Loaded {...props} />;
    }
    if (failed) {
      const dismiss = options.dismissOf?.(props);
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{LAZY_TEXT.failed(options.name)}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="transparent"
              size="small"
              onClick={() => {
                setFailed(false);
                setAttempt((n) => n + 1);
              }}
            >
              {LAZY_TEXT.retry}
            </Button>
            {dismiss && (
              <Button appearance="transparent" size="small" onClick={dismiss}>
                {LAZY_TEXT.close}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      );
    }
    return <Spinner size="tiny" labelPosition="after" label={LAZY_TEXT.loading(options.name)} />;
  }
  LazyPart.displayName = `Lazy(${options.name})`;
  return LazyPart;
}
