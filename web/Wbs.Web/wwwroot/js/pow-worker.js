// API.md "Proof of work (v1.1)": the first decimal nonce for which SHA-256("<challenge>.<nonce>") starts with `difficulty` zero bits.
const zeroBits = (hash, bits) => {
  let i = 0;
  for (; bits >= 8; bits -= 8, i++) if (hash[i] !== 0) return false;
  return bits === 0 || (hash[i] >> (8 - bits)) === 0;
};
onmessage = async (event) => {
  const { challenge, difficulty } = event.data;
  const encoder = new TextEncoder();
  for (let nonce = 0; ; nonce++) {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}.${nonce}`)));
    if (zeroBits(hash, difficulty)) {
      postMessage(String(nonce));
      return;
    }
  }
};
