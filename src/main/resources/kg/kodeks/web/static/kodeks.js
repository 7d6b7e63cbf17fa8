// Copy buttons: put the citation of a unit on the clipboard.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button || !navigator.clipboard) { return; }
  navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
    button.classList.add('copied');
    setTimeout(function () { button.classList.remove('copied'); }, 1200);
  });
});

// ---- Search and findings pages ----
// The clipboard API exists only in secure contexts (https, or loopback); a server bound to a
// LAN address over plain http gets the older way: select the text and ask the browser to copy.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button || navigator.clipboard) { return; }
  var area = document.createElement('textarea');
  area.value = button.getAttribute('data-copy');
  area.setAttribute('readonly', '');
  area.className = 'copy-buffer';
  document.body.appendChild(area);
  area.select();
  var done = false;
  try { done = document.execCommand('copy'); } catch (e) { done = false; }
  document.body.removeChild(area);
  if (done) {
    button.classList.add('copied');
    setTimeout(function () { button.classList.remove('copied'); }, 1200);
  }
});
