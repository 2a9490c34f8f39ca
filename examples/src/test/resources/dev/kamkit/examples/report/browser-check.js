// Injected by ReportInBrowserTest into a copy of the HTML report (the report itself has no scripts).
// It measures the page as chromium laid it out and writes the result as JSON into <pre id="kamkit-check">,
// which `chromium --headless --dump-dom` prints: the page width, the sections, each svg text against
// the box it belongs in (data-box-x, data-box-w); then, with the print style (<style id="kamkit-print">)
// switched on, the pages each section needs at each paper's printable width.
(function () {
  var out = {};
  out.scrollWidth = document.documentElement.scrollWidth;
  out.sections = [].map.call(document.querySelectorAll('section.page'), function (s) { return s.id; });
  var ATOMS = 'h1,h2,h3,p,svg,figure,tr,li,pre,ol,ul';
  var AVOID = /^(svg|figure|tr|li|h1|h2|h3)$/i;
  function pagesOf(section, pageH) {
    var atoms = [].filter.call(section.querySelectorAll(ATOMS), function (a) {
      var p = a.parentElement;
      while (p && p !== section) { if (p.matches(ATOMS) && !p.matches('ol,ul')) return false; p = p.parentElement; }
      return !a.matches('ol,ul');
    });
    var start = section.getBoundingClientRect().top, pages = 1, previous = null;
    atoms.forEach(function (a) {
      var r = a.getBoundingClientRect();
      if (r.height === 0) { return; }
      if (r.bottom - start > pageH) {
        if (AVOID.test(a.tagName) && r.height <= pageH) {
          var from = r.top;
          if (previous && /^h[23]$/i.test(previous.tagName)) { from = previous.getBoundingClientRect().top; }
          start = from; pages++;
        } else {
          while (r.bottom - start > pageH) { start += pageH; pages++; }
        }
      }
      previous = a;
    });
    return pages;
  }
  var bad = [];
  document.querySelectorAll('svg text.fits').forEach(function (t) {
    var b = t.getBBox(), x = parseFloat(t.getAttribute('data-box-x')), w = parseFloat(t.getAttribute('data-box-w'));
    if (b.x < x - 0.5 || b.x + b.width > x + w + 0.5) {
      bad.push(t.textContent + ' [' + b.x.toFixed(1) + '+' + b.width.toFixed(1) + ' not in ' + x + '+' + w + ']');
    }
  });
  document.querySelectorAll('svg[viewBox]').forEach(function (s) {
    var vb = s.viewBox.baseVal;
    s.querySelectorAll('text').forEach(function (t) {
      var b = t.getBBox();
      if (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5) { bad.push('outside its graphic: ' + t.textContent); }
    });
  });
  out.overflowing = bad;
  // Then the print style, applied to the screen, at each paper's printable width: the pages each
  // section needs breaking only where the print style allows, and the fewest its height needs.
  var print = document.getElementById('kamkit-print');
  out.papers = {};
  if (print) {
    print.media = 'all';
    JSON.parse(print.getAttribute('data-papers')).forEach(function (paper) {
      document.body.style.width = paper.width + 'px';
      var pageH = paper.height;
      var sections = document.querySelectorAll('section.page');
      var pages = [].map.call(sections, function (s) { return pagesOf(s, pageH); });
      out.papers[paper.name] = {
        pages: pages,
        most: pages.reduce(function (a, b) { return a + b; }, 0),
        // a section that ends within a tenth of a page past a page's foot on the screen may end
        // on that page in print, whose text metrics are a little tighter: it needs one page less
        fewest: [].reduce.call(sections, function (a, s) {
          return a + Math.max(1, Math.ceil(s.getBoundingClientRect().height / pageH - 0.1));
        }, 0)
      };
    });
  }
  var pre = document.createElement('pre');
  pre.id = 'kamkit-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
