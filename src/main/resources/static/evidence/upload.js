// Resumable evidence upload with the tus 1.0 protocol (POST creates, HEAD asks the offset, PATCH appends).
// Our own small client rather than a library: it only needs what the server implements, and it must survive
// broken connections: every failure goes back to HEAD and continues from the offset the server confirms.
(() => {
  'use strict';
  const form = document.getElementById('evidence-upload');
  if (!form) {
    return;
  }
  const endpoint = form.getAttribute('action');
  const CHUNK = 64 * 1024 * 1024;          // the server keeps what arrives even when a chunk breaks off
  const RETRY_SECONDS = [1, 2, 4, 8, 15, 30];
  const TUS = {'Tus-Resumable': '1.0.0'};
  // The API wants the page's CSRF token when it is called with the session (the layout's meta tags).
  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  const CSRF = csrfToken && csrfHeader ? {[csrfHeader.content]: csrfToken.content} : {};
  const bar = document.getElementById('upload-progress');
  const status = document.getElementById('upload-status');
  const startButton = document.getElementById('upload-start');
  const pauseButton = document.getElementById('upload-pause');
  const resumeButton = document.getElementById('upload-resume');
  let upload = null;

  const message = (name, arg) => (form.dataset['msg' + name] || name).replace('{0}', arg ?? '');
  const say = text => { status.textContent = text; };
  const sleep = seconds => new Promise(resolve => setTimeout(resolve, seconds * 1000));

  function base64(text) {
    let binary = '';
    new TextEncoder().encode(text).forEach(b => { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function metadata(file) {
    const values = {filename: file.name};
    ['kind', 'caseRef', 'deviceSerial', 'officer', 'capturedAt', 'place', 'stepRef', 'partyRef'].forEach(name => {
      const value = form.elements[name].value.trim();
      if (value) {
        values[name] = value;
      }
    });
    return Object.entries(values).map(([key, value]) => key + ' ' + base64(value)).join(',');
  }

  // The same file for the same record resumes the upload started earlier, even after a page reload.
  const fingerprint = file => 'sanxiang-tus:' + [file.name, file.size, file.lastModified, form.elements.caseRef.value].join('/');

  function progress(sent, total) {
    const percent = total ? Math.floor(sent * 100 / total) : 0;
    bar.setAttribute('aria-valuenow', String(percent));
    bar.firstElementChild.style.width = percent + '%';
    bar.firstElementChild.textContent = percent + '%';
  }

  /** One HTTP request; resolves with the finished XHR (any status), rejects when the connection fails. */
  function send(method, url, headers, body, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      upload.xhr = xhr;
      xhr.open(method, url);
      Object.entries({...CSRF, ...headers}).forEach(([name, value]) => xhr.setRequestHeader(name, value));
      if (onProgress) {
        xhr.upload.onprogress = e => onProgress(e.loaded);
      }
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new Error('network'));
      xhr.onabort = () => reject(new Error('aborted'));
      xhr.send(body ?? null);
    });
  }

  class Refused extends Error {}

  // The server names each refused field (problem details' errors): its message goes beside the field.
  function showFieldErrors(errors) {
    (errors || []).forEach(({field, message: text}) => {
      const input = form.elements[field];
      const slot = document.getElementById('error-' + field);
      if (!input || !slot) {
        return;
      }
      slot.textContent = text;
      slot.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', slot.id);
    });
  }

  function clearFieldErrors() {
    form.querySelectorAll('.field-error').forEach(slot => {
      slot.hidden = true;
      slot.textContent = '';
      const input = form.elements[slot.id.replace('error-', '')];
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
  }

  function refused(xhr) {
    let detail = String(xhr.status);
    try {
      const problem = JSON.parse(xhr.responseText);
      detail = (problem.messages && problem.messages.zh) || problem.detail || detail;
      showFieldErrors(problem.errors);
    } catch (ignored) { /* not problem details */ }
    return new Refused(detail);
  }

  async function create(file) {
    const xhr = await send('POST', endpoint, {...TUS, 'Upload-Length': String(file.size), 'Upload-Metadata': metadata(file)});
    if (xhr.status !== 201) {
      throw refused(xhr);
    }
    return xhr.getResponseHeader('Location');
  }

  /** The evidence an upload became: its id, and whether it was already stored (linked, not stored twice). */
  const evidenceOf = xhr => {
    const id = xhr.getResponseHeader('Sanxiang-Evidence-Id');
    return id ? {id, alreadyStored: xhr.getResponseHeader('Sanxiang-Evidence-Already-Stored') === 'true'} : null;
  };

  /** Sends chunks from the server's offset until the upload is evidence; returns it, or null to ask again. */
  async function transfer(file) {
    const head = await send('HEAD', upload.url, TUS);
    if (head.status === 404) {
      localStorage.removeItem(fingerprint(file));
      upload.url = null;
      return null;
    }
    if (head.status !== 200) {
      throw head.status >= 500 ? new Error('server') : refused(head);
    }
    let offset = Number(head.getResponseHeader('Upload-Offset'));
    let evidence = evidenceOf(head);
    while (!evidence && !upload.paused) {
      const from = offset;
      say(message('Uploading', file.name));
      const patch = await send('PATCH', upload.url,
          {...TUS, 'Upload-Offset': String(from), 'Content-Type': 'application/offset+octet-stream'},
          file.slice(from, Math.min(from + CHUNK, file.size)), sent => progress(from + sent, file.size));
      if (patch.status === 409 || patch.status === 423) {
        await sleep(1);   // another request still holds the upload, or our offset was stale: ask again
        return null;
      }
      if (patch.status !== 204) {
        throw patch.status >= 500 ? new Error('server') : refused(patch);
      }
      offset = Number(patch.getResponseHeader('Upload-Offset'));
      evidence = evidenceOf(patch);
      upload.attempt = 0;
      progress(offset, file.size);
    }
    return evidence;
  }

  async function run() {
    const current = upload;
    while (!current.paused) {
      try {
        if (!current.url) {
          say(message('Preparing'));
          current.url = await create(current.file);
          localStorage.setItem(fingerprint(current.file), current.url);
        }
        const evidence = await transfer(current.file);
        if (evidence) {
          finished(current.file, evidence);
          return;
        }
      } catch (e) {
        if (current.paused) {
          return;
        }
        if (e instanceof Refused) {    // this upload can never become evidence: the next try starts afresh
          localStorage.removeItem(fingerprint(current.file));
          say(message('Failed', e.message));
          buttons(false);
          return;
        }
        const wait = RETRY_SECONDS[Math.min(current.attempt++, RETRY_SECONDS.length - 1)];
        say(message('Retrying', wait));
        await sleep(wait);
      }
    }
  }

  function finished(file, evidence) {
    localStorage.removeItem(fingerprint(file));
    progress(1, 1);
    const link = document.createElement('a');
    link.href = form.dataset.detailUrl + evidence.id;
    link.textContent = message(evidence.alreadyStored ? 'Already' : 'Done', evidence.id);
    status.replaceChildren(link);
    buttons(false);
    refreshList();
  }

  // The list below shows the new evidence at once: the same page fetched again, its list swapped in.
  async function refreshList() {
    const list = document.getElementById('evidence-list');
    const response = await fetch(window.location.href, {credentials: 'same-origin'});
    if (!list || !response.ok) {
      return;
    }
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('evidence-list');
    if (fresh) {
      list.replaceWith(fresh);
    }
  }

  // The kind follows the chosen file's type; the server checks the content itself and refuses a mismatch.
  const KINDS = {video: 'video', audio: 'audio', image: 'photo'};
  form.elements.file.addEventListener('change', () => {
    const file = form.elements.file.files[0];
    if (file && file.type) {
      form.elements.kind.value = KINDS[file.type.split('/')[0]] || 'document';
    }
  });

  function buttons(uploading) {
    startButton.disabled = uploading;
    pauseButton.hidden = !uploading || upload.paused;
    resumeButton.hidden = !uploading || !upload.paused;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    if (!file) {
      return;
    }
    clearFieldErrors();
    upload = {file, url: localStorage.getItem(fingerprint(file)), paused: false, attempt: 0, xhr: null};
    progress(0, file.size);
    buttons(true);
    run();
  });

  // Pausing aborts the request in flight, exactly like a dropped connection; the server keeps what arrived.
  pauseButton.addEventListener('click', () => {
    upload.paused = true;
    if (upload.xhr) {
      upload.xhr.abort();
    }
    say(message('Paused'));
    buttons(true);
    resumeButton.focus();
  });

  resumeButton.addEventListener('click', () => {
    upload.paused = false;
    upload.attempt = 0;
    buttons(true);
    pauseButton.focus();
    run();
  });
})();
