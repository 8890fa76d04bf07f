/** The static page that hosts the component: SLDS, the "this is a preview" banner, a toast region. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderPreviewPage(options: {
  title: string;
  entryScript: string;
  stylesheet: string;
}): string {
  const title = escapeHtml(options.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">
<style>
  body { background: #f3f3f3; min-height: 100vh; }
  .iuk-preview-banner { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center;
    padding: .5rem 1rem; background: #fff0c4; border-bottom: 2px solid #dd7a01; color: #3e3e3c; }
  .iuk-preview-banner strong { color: #8c4b02; }
  .iuk-preview-banner select { margin-left: .25rem; }
  #iuk-toasts { position: fixed; top: 3.5rem; left: 0; right: 0; z-index: 9000;
    display: flex; flex-direction: column; align-items: center; pointer-events: none; }
  /* SLDS gives a toast a 30rem minimum width; on a phone the platform fits it to the screen. */
  #iuk-toasts .slds-notify_toast { pointer-events: auto; min-width: 0; max-width: calc(100vw - 1rem); }
  main { padding: 1rem; }
</style>
</head>
<body>
<div class="iuk-preview-banner" role="note" aria-label="Preview notice" data-preview-banner>
  <strong>Local preview, not a Salesforce org.</strong>
  <span>Apex calls are answered from the component's JSON test fixtures; no real Apex, sharing, FLS or Lightning Web Security.</span>
  <label>Scenario <select id="iuk-scenario" aria-label="Fixture scenario"></select></label>
</div>
<div id="iuk-toasts" aria-live="polite"></div>
<main id="iuk-component"></main>
<script type="module" src="${escapeHtml(options.entryScript)}"></script>
</body>
</html>
`;
}
