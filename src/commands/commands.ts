// Ribbon commands: the button opens the task pane (declared in manifest.xml), so no function
// commands are needed yet; Office still loads this file as the FunctionFile.
Office.onReady(() => undefined);
