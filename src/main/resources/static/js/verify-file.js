// A document's verification page: the file chosen or dropped is hashed here, in the browser (never uploaded), and
// its SHA-256 compared with the one registered at issue. crypto.subtle exists only on https and localhost; on a
// plain-http intranet the small implementation below computes the same digest.
(function () {
  'use strict';
  var zone = document.getElementById('drop-zone');
  var input = document.getElementById('check-file');
  var result = document.getElementById('check-result');
  if (!zone || !input || !result) {
    return;
  }
  var expected = zone.getAttribute('data-sha256');

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

  // FIPS 180-4 SHA-256 over the whole file
  function sha256(buffer) {
    var bytes = new Uint8Array(buffer);
    var bitLength = bytes.length * 8;
    var padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(padded.length - 4, bitLength >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }
    for (var off = 0; off < padded.length; off += 64) {
      for (var t = 0; t < 16; t++) {
        w[t] = view.getUint32(off + t * 4);
      }
      for (t = 16; t < 64; t++) {
        var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [(h[0] + a) | 0, (h[1] + b) | 0, (h[2] + c) | 0, (h[3] + d) | 0, (h[4] + e) | 0, (h[5] + f) | 0,
        (h[6] + g) | 0, (h[7] + k) | 0];
    }
    var out = new DataView(new ArrayBuffer(32));
    h.forEach(function (v, i) { out.setUint32(i * 4, v >>> 0); });
    return Promise.resolve(out.buffer);
  }

  function digest(buffer) {
    return window.crypto && window.crypto.subtle ? window.crypto.subtle.digest('SHA-256', buffer) : sha256(buffer);
  }

  function check(file) {
    if (!file) {
      return;
    }
    result.textContent = result.getAttribute('data-reading');
    result.className = 'mt-3 fs-5';
    file.arrayBuffer().then(digest).then(function (d) {
      var actual = hex(d);
      var match = actual === expected;
      result.textContent = (match ? result.getAttribute('data-match') : result.getAttribute('data-mismatch'))
        + ' SHA-256: ' + actual;
      result.className = 'mt-3 fs-5 fw-bold ' + (match ? 'text-success' : 'text-danger');
      result.setAttribute('data-result', match ? 'match' : 'mismatch');
    });
  }

  input.addEventListener('change', function () { check(input.files[0]); });
  zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('border-primary'); });
  zone.addEventListener('dragleave', function () { zone.classList.remove('border-primary'); });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('border-primary');
    check(e.dataTransfer.files[0]);
  });
}());
