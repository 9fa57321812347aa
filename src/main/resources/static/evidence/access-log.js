// Fills the evidence page's access record from the ledger API: every store, view and download of this evidence,
// with the bytes each view or download requested (the newest 200; the ledger page pages through all).
(() => {
  'use strict';
  const table = document.getElementById('access-log');
  if (!table) {
    return;
  }
  const body = table.tBodies[0];
  const label = type => table.dataset['msg' + type.replace('evidence.', '').replace(/(^|-)(.)/g, (m, dash, c) => c.toUpperCase())] || type;
  const time = iso => new Date(iso).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai', hour12: false});
  const cell = text => {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  };

  fetch(table.dataset.source, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(entries => {
      body.replaceChildren(...entries.reverse().map(e => {
        const row = document.createElement('tr');
        row.append(cell(time(e.time)), cell(e.actor), cell(label(e.entryType)),
          cell(e.payload.range ?? '—'), cell(e.index ?? '—'));
        return row;
      }));
    })
    .catch(status => {
      body.replaceChildren();
      const row = document.createElement('tr');
      const td = cell(String(status));
      td.colSpan = 5;
      row.append(td);
      body.append(row);
    });
})();
