// A reporter's upload button with JavaScript: the file goes to EvidenceStorage in resumable pieces
// (tus 1.0.0, README "Resumable uploads") with a progress bar, and a dropped phone connection carries on
// from the last byte the server kept. Then the file joins the report form's list, or (a report's later
// evidence) the form is posted with the uploaded file instead of its bytes. Our own small client, not tus-js-client: its creation request cannot
// answer the gateway's 428 proof-of-work challenge. Without JavaScript, or when the server offers no
// tus (OPTIONS), the button posts the form with the file as before.
(() => {
  const panel = document.getElementById('upload-progress');
  const form = panel && panel.closest('form');
  const input = form && form.querySelector('input[type="file"]');
  const button = form && form.querySelector('[data-upload]');
  if (!input || !button || !window.XMLHttpRequest || !window.Worker || !(window.crypto && crypto.subtle)) return;
  const submitWhenDone = panel.dataset.then === 'submit';
  const list = form.querySelector('.evidence-list');
  const template = document.getElementById('evidence-item');
  const bar = document.getElementById('upload-bar');
  const status = document.getElementById('upload-status');
  const error = document.getElementById('file-upload-error');
  const endpoint = panel.dataset.endpoint;
  const maxFiles = parseInt(panel.dataset.maxFiles, 10);
  const english = document.documentElement.lang === 'en';
  const piece = 8 * 1024 * 1024;
  let busy = false;
  let offered;

  class Refused extends Error {}

  const text = (key, values = {}) => panel.dataset[key].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
  const number = (value) => { const t = String(Math.round(value * 10) / 10); return english ? t : t.replace('.', ','); };
  // As Format.Size on the server.
  const size = (bytes) => {
    for (const [unit, scale] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]]) {
      if (bytes >= scale) return `${number(bytes / scale)} ${unit}`;
    }
    return `${bytes} B`;
  };
  const base64 = (value) => btoa(Array.from(new TextEncoder().encode(value), (b) => String.fromCharCode(b)).join(''));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const online = () => navigator.onLine ? Promise.resolve() : new Promise((resolve) => addEventListener('online', resolve, { once: true }));

  // One request: resolves with the answer whatever its status, rejects when the connection fails.
  const send = (method, url, headers = {}, body = null, onSent = null) => new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Tus-Resumable', '1.0.0');
    xhr.setRequestHeader('Accept-Language', english ? 'en' : 'id');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (onSent) xhr.upload.onprogress = (event) => onSent(event.loaded);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = xhr.ontimeout = xhr.onabort = () => reject(new Error('connection'));
    xhr.send(body);
  });

  // Services write a problem's detail as "Indonesia. / English."; the reader sees their half (as Lang.FromService).
  const readersHalf = (detail) => {
    const split = detail.indexOf(' / ');
    return split < 0 ? detail : (english ? detail.slice(split + 3) : detail.slice(0, split)).trim();
  };

  const problem = (xhr) => {
    try { const p = JSON.parse(xhr.responseText); return readersHalf(String(p.detail || p.title || '')); } catch { return ''; }
  };

  const solve = (challenge, difficulty) => new Promise((resolve) => {
    const worker = new Worker('/js/pow-worker.js');
    worker.onmessage = (event) => { worker.terminate(); resolve(`${challenge}.${event.data}`); };
    worker.postMessage({ challenge, difficulty });
  });

  const offersTus = async () => {
    if (offered === undefined) {
      try {
        const xhr = await send('OPTIONS', endpoint);
        offered = xhr.status === 204 && (xhr.getResponseHeader('Tus-Version') || '').includes('1.0.0');
      } catch {
        offered = false;
      }
    }
    return offered;
  };

  // Creation; a flood makes the gateway ask a proof of work first, solved here as pow.js does for forms.
  const create = async (file) => {
    const metadata = [`filename ${base64(file.name)}`];
    if (file.type) metadata.push(`filetype ${base64(file.type)}`);
    const headers = { 'Upload-Length': String(file.size), 'Upload-Metadata': metadata.join(',') };
    for (let attempt = 0; attempt < 4; attempt++) {
      const xhr = await send('POST', endpoint, headers);
      if (xhr.status === 201) return new URL(xhr.getResponseHeader('Location'), location.href).pathname;
      if (xhr.status !== 428) throw new Refused(problem(xhr));
      const challenge = JSON.parse(xhr.responseText);
      headers['Proof-Of-Work'] = await solve(challenge.challenge, challenge.difficulty);
    }
    throw new Refused('');
  };

  const progress = (sent, total) => {
    bar.value = total ? Math.floor((sent / total) * 100) : 100;
    status.textContent = sent >= total
      ? text('checking')
      : text('uploading', { done: size(sent), total: size(total), percent: bar.value });
  };

  // Sends the file piece by piece; after a failure asks the server how far it got and goes on from there.
  const upload = async (file) => {
    let url = await create(file);
    let offset = 0;
    let failures = 0;
    let restarts = 0;
    for (;;) {
      try {
        if (failures > 0) {
          const head = await send('HEAD', url);
          if (head.status === 404 && restarts++ < 2) {
            // The upload is gone (expired, or the service restarted and lost its key): start again.
            url = await create(file);
            offset = 0;
          } else if (head.status === 200) {
            offset = Number(head.getResponseHeader('Upload-Offset'));
          } else if (head.status < 500 && head.status !== 409 && head.status !== 423) {
            // Gone again after two fresh starts, or refused: trying on would only repeat it.
            throw new Refused('');
          } else {
            throw new Error(`head ${head.status}`);
          }
        }
        const xhr = offset === file.size && file.size > 0
          ? await send('GET', url) // every byte arrived before the connection dropped: ask for the outcome
          : await send('PATCH', url, { 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(offset) },
            file.slice(offset, Math.min(file.size, offset + piece)), (sent) => progress(offset + sent, file.size));
        if (xhr.status === 201 || xhr.status === 200) return JSON.parse(xhr.responseText);
        if (xhr.status === 204) {
          offset = Number(xhr.getResponseHeader('Upload-Offset'));
          failures = 0;
          progress(offset, file.size);
          continue;
        }
        if (xhr.status !== 409 && xhr.status !== 423 && xhr.status < 500) throw new Refused(problem(xhr));
        throw new Error(`status ${xhr.status}`);
      } catch (failure) {
        if (failure instanceof Refused || ++failures > 30) throw failure;
        status.textContent = text('resuming', { done: size(offset) });
        await online();
        await pause(Math.min(30000, 1000 * 2 ** Math.min(failures - 1, 5)));
      }
    }
  };

  // The form's own record of an uploaded file (DraftEvidence on the server).
  const hidden = (uploaded, removed) =>
    JSON.stringify({ id: uploaded.evidenceId, name: uploaded.fileName, size: uploaded.size, removed });

  const add = (uploaded) => {
    const removed = (english ? uploaded.metadataRemovedEn : uploaded.metadataRemoved) || [];
    if (submitWhenDone) {
      const field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'evidence';
      field.value = hidden(uploaded, removed);
      form.append(field);
      return;
    }
    const item = template.content.firstElementChild.cloneNode(true);
    item.querySelector('input[name="evidence"]').value = hidden(uploaded, removed);
    for (const name of item.querySelectorAll('.file-name')) name.textContent = uploaded.fileName;
    item.querySelector('.file-size').textContent = `(${size(uploaded.size)})`;
    item.querySelector('.removed').textContent = removed.length
      ? template.dataset.removed + removed.join(', ')
      : template.dataset.nothingRemoved;
    item.querySelector('button').value = `remove:${uploaded.evidenceId}`;
    list.append(item);
    list.hidden = false;
  };

  const refuse = (message) => {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  };

  // Leaving the page mid-upload would lose it; the browser asks first.
  addEventListener('beforeunload', (event) => { if (busy) event.preventDefault(); });

  button.addEventListener('click', async (event) => {
    const file = input.files && input.files[0];
    if (busy) {
      event.preventDefault();
      return;
    }
    // No file chosen: the form post says so, as without JavaScript.
    if (!file) return;
    event.preventDefault();
    busy = true;
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    try {
      if (!(await offersTus())) {
        busy = false;
        form.requestSubmit(button);
        return;
      }
      if (list && list.querySelectorAll('li').length >= maxFiles) {
        refuse(text('tooMany'));
        return;
      }
      panel.hidden = false;
      bar.value = 0;
      status.textContent = text('preparing');
      // A disabled input is not posted: "Periksa laporan" meanwhile does not send the file a second time.
      input.disabled = true;
      const uploaded = await upload(file);
      add(uploaded);
      input.value = '';
      bar.value = 100;
      status.textContent = text('done', { name: uploaded.fileName });
      if (submitWhenDone) {
        busy = false;
        form.requestSubmit(button);
      }
    } catch (failure) {
      panel.hidden = true;
      refuse(failure instanceof Refused && failure.message ? `${file.name}: ${failure.message}` : text('failed'));
    } finally {
      input.disabled = false;
      busy = false;
    }
  });
})();
