// The WebJar's version is in the path so that the browser may keep the file for a year (WebConfiguration);
// AssetsTests fails when it differs from the WebJar on the classpath.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();

// "Print this page" buttons (the plan for the family): shown only where JavaScript runs, since they need it; the
// content security policy allows no inline onclick.
for (const button of document.querySelectorAll('[data-kith-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
