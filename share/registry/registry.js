// Checks the label token the QR code's URL carries (/L/<registration>/<token>) in the
// browser, with WebCrypto, against the registry's label issuer key embedded in the page.
// Token format (labels/LabelToken.h): base32 of a binary payload followed by a raw
// 64-byte ECDSA P-256 r||s signature over it, which is WebCrypto's own signature format.
'use strict';

(function () {
  const box = document.getElementById('signature');
  const out = document.getElementById('signature-result');
  if (!box || !out) return;

  function say(key, state, extra) {
    out.textContent = box.dataset[key] + (extra ? ' ' + extra : '');
    box.className = 'signature ' + state;
    box.dataset.state = state;
  }

  function base32(text) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const bytes = [];
    let buffer = 0;
    let bits = 0;
    for (const c of text) {
      const v = alphabet.indexOf(c);
      if (v < 0) return null;
      buffer = ((buffer << 5) | v) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((buffer >> bits) & 0xff);
      }
    }
    return new Uint8Array(bytes);
  }

  // The texts after the fixed header: registration, category, model, firmware (u8 length + UTF-8 each).
  function texts(payload) {
    const found = [];
    let at = 16;
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < 4; ++i) {
      if (at >= payload.length) return null;
      const length = payload[at];
      if (at + 1 + length > payload.length) return null;
      try { found.push(utf8.decode(payload.subarray(at + 1, at + 1 + length))); } catch (e) { return null; }
      at += 1 + length;
    }
    return at === payload.length ? found : null;
  }

  const parts = location.pathname.split('/').filter(Boolean);
  if (parts.length < 3) { say('none', 'none'); return; }
  if (!window.crypto || !crypto.subtle || !window.TextDecoder) { say('unsupported', 'none'); return; }
  const bytes = base32(decodeURIComponent(parts[2]).toUpperCase());
  const payload = bytes && bytes.length > 64 ? bytes.subarray(0, bytes.length - 64) : null;
  const fields = payload && payload[0] === 1 ? texts(payload) : null;
  if (!fields) { say('bad', 'bad'); return; }
  const signature = bytes.subarray(bytes.length - 64);
  const key = Uint8Array.from(atob(box.dataset.key), (c) => c.charCodeAt(0));
  say('checking', 'checking');
  crypto.subtle.importKey('spki', key, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify'])
    .then((k) => crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, k, signature, payload))
    .then((valid) => {
      if (!valid) say('bad', 'bad');
      else if (fields[0].toUpperCase() !== box.dataset.registration) say('foreign', 'bad');
      else say('ok', 'ok', box.dataset.firmware.replace('%1', fields[3]));
    })
    .catch(() => say('bad', 'bad'));
})();
