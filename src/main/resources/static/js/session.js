// Sessions end kindly (UI.md). On a signed-in page: a warning before the session ends, with a button to stay
// signed in (the HMRC and MoJ timeout dialog); and for a form marked data-kith-draft, a copy of what was typed kept
// on this device until Kith has it, said honestly when a draft was not saved, and brought back after signing in
// again. Every word shown comes from the page (messages.properties); nothing here needs the page to work.
const session = document.getElementById('kith-session');

if (session) {
  const user = session.dataset.user;
  const idleMs = Number(session.dataset.idleSeconds) * 1000;
  const warningMs = Number(session.dataset.warningSeconds) * 1000;
  const returnPath = session.dataset.return || '/';
  const dialog = document.getElementById('kith-timeout');
  const countdown = document.getElementById('kith-timeout-countdown');
  const sentence = document.getElementById('kith-timeout-text');
  const announce = document.getElementById('kith-timeout-announce');
  const stay = document.getElementById('kith-timeout-stay');
  const contactKey = `kith.session.${user}`;
  const draftPrefix = 'kith.draft.';
  // A copy on the device is for getting back to work after signing in again, not for keeping.
  const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

  let lastContact = Date.now();
  let absoluteEnd = Date.now() + Number(session.dataset.absoluteSecondsLeft) * 1000;
  let signedOut = false;
  let returnFocus = null;
  let lastAnnounced = null;

  const stored = {
    get(key) {
      try { return JSON.parse(window.localStorage.getItem(key)); } catch (unavailable) { return null; }
    },
    set(key, value) {
      try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (unavailable) { /* nothing kept */ }
    },
    remove(key) {
      try { window.localStorage.removeItem(key); } catch (unavailable) { /* nothing kept */ }
    },
    keys() {
      try { return Object.keys(window.localStorage); } catch (unavailable) { return []; }
    },
  };

  // ---------------------------------------------------------------------------------------------- the timeout

  const deadline = () => Math.min(lastContact + idleMs, absoluteEnd);

  // Kith has just seen the session: the idle timeout starts again (in every tab of this user's).
  function contact(secondsLeft) {
    lastContact = Date.now();
    if (secondsLeft !== undefined && secondsLeft * 1000 < idleMs) {
      absoluteEnd = lastContact + secondsLeft * 1000;
    }
    stored.set(contactKey, lastContact);
  }

  window.addEventListener('storage', (event) => {
    if (event.key === contactKey && event.newValue) {
      lastContact = Math.max(lastContact, Number(event.newValue));
    }
  });

  function inWords(ms) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    if (seconds > 60) {
      const minutes = Math.ceil(seconds / 60);
      return minutes === 1 ? session.dataset.minute : session.dataset.minutes.replace('{0}', minutes);
    }
    return seconds === 1 ? session.dataset.second : session.dataset.seconds.replace('{0}', seconds);
  }

  function warn(left) {
    const words = inWords(left);
    countdown.textContent = words;
    if (!dialog.open) {
      returnFocus = document.activeElement;
      lastAnnounced = words; // the dialog's description says it as the dialog opens
      dialog.showModal();
      stay.focus();
      return;
    }
    // Said again as each minute passes, then every 15 seconds of the last minute: not every second.
    const seconds = Math.ceil(left / 1000);
    if (words !== lastAnnounced && (seconds > 60 || seconds % 15 === 0)) {
      lastAnnounced = words;
      announce.textContent = sentence.textContent;
    }
  }

  function closeWarning() {
    if (dialog.open) {
      dialog.close();
    }
    if (returnFocus && document.contains(returnFocus)) {
      returnFocus.focus();
    }
    returnFocus = null;
  }

  // The keep-alive only reaches the session; a redirect (to sign in) means there is none.
  async function keepAlive() {
    try {
      const answer = await fetch(session.dataset.keepAlive, {
        headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        redirect: 'manual', cache: 'no-store', credentials: 'same-origin',
      });
      if (answer.ok) {
        contact((await answer.json()).secondsLeft);
        return true;
      }
    } catch (unreachable) {
      // Not extended: said as such below.
    }
    return false;
  }

  // Time is up: what is typed is kept on this device, and the page is asked for again, which, the session over,
  // goes to sign in ("we signed you out") and back here afterwards.
  function end() {
    signedOut = true;
    draftForms().forEach(keep);
    window.location.assign(returnPath);
  }

  stay.addEventListener('click', async () => {
    if (await keepAlive()) {
      closeWarning();
    } else {
      end();
    }
  });
  // Escape stays signed in, as in the HMRC dialog.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    stay.click();
  });

  window.setInterval(() => {
    if (signedOut) {
      return;
    }
    const left = deadline() - Date.now();
    if (left <= 0) {
      end();
    } else if (left <= warningMs) {
      warn(left);
    } else if (dialog.open) {
      closeWarning(); // another tab kept the session alive
    }
  }, 1000);

  document.body.addEventListener('htmx:afterRequest', (event) => {
    const xhr = event.detail.xhr;
    if (xhr && xhr.status >= 200 && xhr.status < 300 && !xhr.responseURL.includes('/sign-in')) {
      contact();
    }
  });

  // -------------------------------------------------------------------------------- drafts kept on the device

  const draftForms = () => Array.from(document.querySelectorAll('form[data-kith-draft]'));
  const keyOf = (form) => `${draftPrefix}${user}.${form.dataset.kithDraft}`;

  function fieldsOf(form) {
    const fields = {};
    for (const [name, value] of new FormData(form)) {
      if (name !== '_csrf') {
        (fields[name] ??= []).push(String(value));
      }
    }
    return fields;
  }

  const same = (one, other) => JSON.stringify(one) === JSON.stringify(other);

  function keep(form) {
    stored.set(keyOf(form), { fields: fieldsOf(form), at: Date.now() });
  }

  function restore(form, fields) {
    for (const element of form.elements) {
      if (!element.name || element.name === '_csrf' || ['hidden', 'submit', 'button'].includes(element.type)) {
        continue;
      }
      const values = fields[element.name] || [];
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.includes(element.value);
      } else {
        element.value = values[0] ?? '';
      }
    }
  }

  function say(status, templateId) {
    const template = document.getElementById(templateId);
    if (status && template) {
      status.replaceChildren(template.content.cloneNode(true));
      status.querySelectorAll('[data-kith-return]').forEach((link) => link.setAttribute('href', returnPath));
    }
  }

  function showSignedOut() {
    signedOut = true;
    closeWarning();
    for (const form of draftForms()) {
      keep(form);
      say(form.querySelector('[data-kith-draft-status]'), 'kith-draft-signed-out');
    }
  }

  // What Kith has confirmed is no longer needed on the device, nor is anything kept too long, anyone's.
  (session.dataset.draftsDone || '').split(',').filter(Boolean)
    .forEach((done) => stored.remove(`${draftPrefix}${user}.${done}`));
  stored.keys().filter((key) => key.startsWith(draftPrefix)).forEach((key) => {
    const kept = stored.get(key);
    if (!kept || !(Date.now() - kept.at < KEPT_FOR_MS)) {
      stored.remove(key);
    }
  });

  // htmx reads the page when it has loaded (DOMContentLoaded, which comes after this module has run).
  function afterHtmx(work) {
    const soon = () => window.setTimeout(() => window.htmx && work(), 0);
    if (document.readyState === 'complete') {
      soon();
    } else {
      document.addEventListener('DOMContentLoaded', soon);
    }
  }

  function watch(form) {
    const status = form.querySelector('[data-kith-draft-status]');
    const kept = stored.get(keyOf(form));
    if (kept && !same(kept.fields, fieldsOf(form))) {
      restore(form, kept.fields);
      const restored = document.getElementById('kith-draft-restored');
      if (restored) {
        restored.hidden = false;
        // One notice: what came back from the device includes what Kith's own draft held.
        document.querySelectorAll('[data-kith-draft-server-notice]').forEach((notice) => { notice.hidden = true; });
      }
      // Kith gets it now rather than at the next keystroke, once htmx has read the page.
      afterHtmx(() => window.htmx.trigger(form, 'kith:restored'));
    } else if (kept) {
      stored.remove(keyOf(form)); // Kith's draft says the same
    }

    form.addEventListener('input', () => keep(form));
    form.addEventListener('change', () => keep(form));
    form.addEventListener('submit', (event) => {
      keep(form);
      if (signedOut) {
        // Sent now it would fail: say why, and keep everything here.
        event.preventDefault();
        say(status, 'kith-draft-signed-out');
        status.focus();
      }
    });
    form.addEventListener('htmx:beforeRequest', (event) => {
      if (event.detail.elt === form) {
        form.kithSent = JSON.stringify(fieldsOf(form));
      }
    });
    form.addEventListener('htmx:afterRequest', async (event) => {
      if (event.detail.elt !== form) {
        return;
      }
      const xhr = event.detail.xhr;
      if (event.detail.successful) {
        if (form.kithSent === JSON.stringify(fieldsOf(form))) {
          stored.remove(keyOf(form)); // Kith has all of it
        }
      } else if (xhr && xhr.status === 401) {
        showSignedOut();
      } else if (xhr && xhr.status === 403) {
        // Either the session has gone or the user no longer works with this family: ask which.
        if (await keepAlive()) {
          say(status, 'kith-draft-no-access');
        } else {
          showSignedOut();
        }
      } else if (xhr && xhr.status === 400 && (xhr.responseText || '').startsWith('Your draft was not saved')) {
        status.textContent = xhr.responseText;
      } else {
        say(status, 'kith-draft-failed');
      }
    });
    form.addEventListener('htmx:sendError', () => say(status, 'kith-draft-failed'));
  }

  draftForms().forEach(watch);
}
