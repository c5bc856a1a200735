// The WebJar's version is in the path so that the browser may keep the file for a year (WebConfiguration);
// AssetsTests fails when it differs from the WebJar on the classpath.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();

// A draft that could not be saved says so: htmx leaves the page as it was when the answer is an error.
document.body.addEventListener('htmx:responseError', (event) => {
  const status = event.detail.target;
  if (status && status.id === 'draft-status') {
    const answer = event.detail.xhr.responseText || '';
    status.textContent = answer.startsWith('Your draft was not saved')
      ? answer
      : 'Your draft could not be saved. Keep this page open: what you typed is still here.';
  }
});
