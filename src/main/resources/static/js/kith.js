// The WebJar's version is in the path so that the browser may keep the file for a year (WebConfiguration);
// AssetsTests fails when it differs from the WebJar on the classpath.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();
