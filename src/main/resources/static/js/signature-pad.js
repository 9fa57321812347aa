// A signature drawn on the page with a finger, a stylus or a mouse (pointer events), kept as a PNG in the form's
// hidden field when the form is sent. The canvas is sized to its box at the device's pixel ratio, so a signature is
// sharp on a phone.
(function () {
  'use strict';
  document.querySelectorAll('canvas.signature-pad').forEach(function (canvas) {
    var form = canvas.closest('form');
    var field = document.getElementById(canvas.getAttribute('data-target'));
    var ctx = canvas.getContext('2d');
    var drawn = false;
    var last = null;

    function size() {
      var ratio = window.devicePixelRatio || 1;
      var width = canvas.clientWidth;
      var height = canvas.clientHeight || 180;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#111';
      drawn = false;
    }

    function point(e) {
      var r = canvas.getBoundingClientRect();
      return {x: e.clientX - r.left, y: e.clientY - r.top};
    }

    canvas.style.touchAction = 'none';
    canvas.addEventListener('pointerdown', function (e) {
      canvas.setPointerCapture(e.pointerId);
      last = point(e);
      ctx.beginPath();
      ctx.arc(last.x, last.y, 1, 0, 2 * Math.PI);
      ctx.fill();
      drawn = true;
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!last) {
        return;
      }
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(last.x, last.y);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      last = p;
      drawn = true;
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (type) {
      canvas.addEventListener(type, function () { last = null; });
    });
    var clear = form.querySelector('.pad-clear');
    if (clear) {
      clear.addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        drawn = false;
      });
    }
    form.addEventListener('submit', function () {
      field.value = drawn ? canvas.toDataURL('image/png') : '';
    });
    size();
  });
}());
