// A button with data-copy="<element id>" copies that field's value (a token shown once) to the clipboard.
document.querySelectorAll('[data-copy]').forEach(function (button) {
  button.addEventListener('click', function () {
    var field = document.getElementById(button.dataset.copy);
    field.select();
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.copied;
    });
  });
});
