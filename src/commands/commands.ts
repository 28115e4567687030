/**
 * The ribbon's FunctionFile (commands.html). The only command, 绩效自评, opens the task pane
 * (Action ShowTaskpane), so there is no ExecuteFunction handler yet; Office still loads this page
 * and expects Office.onReady to be called before it considers the add-in's commands ready.
 */
Office.onReady(() => undefined);

export {};
