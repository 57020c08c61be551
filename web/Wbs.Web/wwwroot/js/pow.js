// Solves the form's proof-of-work challenge in a Worker (Web Crypto SHA-256) while the visitor types.
// Without JavaScript the form's delay ticket does the same job, so nothing here is required.
(() => {
  for (const field of document.querySelectorAll('input[name="powChallenge"]')) {
    const form = field.form;
    const nonce = form && form.querySelector('input[name="powNonce"]');
    if (!nonce || nonce.dataset.solving || !window.Worker || !(window.crypto && crypto.subtle)) continue;
    nonce.dataset.solving = "1";
    let waiting;
    const worker = new Worker('/js/pow-worker.js');
    worker.onmessage = (event) => {
      nonce.value = event.data;
      worker.terminate();
      if (waiting !== undefined) form.requestSubmit(waiting || undefined);
    };
    worker.postMessage({ challenge: field.value, difficulty: parseInt(field.dataset.difficulty, 10) });
    // A click before the answer is found waits for it instead of posting without it.
    form.addEventListener('submit', (event) => {
      if (!nonce.value) {
        event.preventDefault();
        waiting = event.submitter || null;
      }
    });
  }
})();
