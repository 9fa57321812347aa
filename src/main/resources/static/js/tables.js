// Every table's cells carry their column's name, so that on a phone each row reads as a card (sanxiang.css).
(function () {
  function label(root) {
    root.querySelectorAll('table.table').forEach(function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (heads[i] && cell.colSpan === 1 && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', heads[i]);
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { label(document); });
  document.addEventListener('htmx:afterSettle', function (e) { label(e.target); });
})();
