// Runs before the pane's own script, in any web view (plain ES5, no modules). Older Word on Windows
// (Office 2016/2019 one-time purchase and volume licences) shows add-ins in Internet Explorer 11
// or the original Edge, which cannot run the pane: say so in words instead of leaving it blank.
(function () {
  var ua = navigator.userAgent || '';
  var old =
    typeof document.documentMode !== 'undefined' ||
    ua.indexOf('Trident/') !== -1 ||
    /\bEdge\/\d/.test(ua) ||
    typeof Promise === 'undefined' ||
    typeof Object.fromEntries !== 'function' ||
    typeof Array.prototype.at !== 'function';

  function show(title, text) {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '';
    var heading = document.createElement('h1');
    heading.appendChild(document.createTextNode(title));
    var body = document.createElement('p');
    body.appendChild(document.createTextNode(text));
    root.appendChild(heading);
    root.appendChild(body);
  }

  function check() {
    if (old) {
      window.__clearAgreementsUnsupported = true;
      show(
        'Clear Agreements needs a newer version of Word',
        'This copy of Word shows add-ins with an old web browser (Internet Explorer 11 or the original Microsoft Edge), which cannot run Clear Agreements. ' +
          'It works in Word for Microsoft 365 (version 2101 or later), Word 2021 or later, Word for Mac and Word on the web. ' +
          'Ask your IT service desk to update Office, or open the agreement in Word on the web.'
      );
      return;
    }
    // Still only the loading message after 20 seconds: Office.js or the pane did not load.
    setTimeout(function () {
      if (document.getElementById('loading')) {
        show('Clear Agreements has not started', 'The pane is taking too long to load. Close it and open it again from the Home tab. If this keeps happening, ask your IT service desk.');
      }
    }, 20000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check);
  else check();
})();
