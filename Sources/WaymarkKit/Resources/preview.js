// waymark serve: reload after each build (keeping the scroll position) and
// mark the hardest sentences in the page. Served only by `waymark serve`.
(function () {
  "use strict";
  var dataNode = document.getElementById("wm-preview-data");
  var data = dataNode ? JSON.parse(dataNode.textContent) : { generation: 0, hotspots: [] };
  var scrollKey = "waymark-scroll:" + location.pathname;

  function restoreScroll() {
    var saved = sessionStorage.getItem(scrollKey);
    if (saved === null) return;
    var position = JSON.parse(saved);
    window.scrollTo(position.x, position.y);
    // Images and fonts can change the height after this; try again once they are in.
    window.addEventListener("load", function () {
      window.scrollTo(position.x, position.y);
      sessionStorage.removeItem(scrollKey);
    }, { once: true });
    if (document.readyState === "complete") sessionStorage.removeItem(scrollKey);
  }

  function reload() {
    sessionStorage.setItem(scrollKey, JSON.stringify({ x: window.scrollX, y: window.scrollY }));
    location.reload();
  }

  function listen() {
    var source = new EventSource("/__waymark/events");
    source.addEventListener("build", function (event) {
      if (Number(event.data) !== data.generation) {
        source.close();
        reload();
      }
    });
    // The browser retries a dropped stream by itself; a refused one (503) needs a new one.
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) setTimeout(listen, 2000);
    };
  }

  function normalise(text) {
    return text.replace(/\s+/g, " ");
  }

  // The text of the page outside the overlay, with each character's text node and offset.
  function pageText(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        if (!parent || parent.closest("script, style, waymark-preview, head")) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var text = "", places = [], lastSpace = true;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var value = node.nodeValue;
      for (var i = 0; i < value.length; i++) {
        var space = /\s/.test(value[i]);
        if (space && lastSpace) continue;
        text += space ? " " : value[i];
        places.push({ node: node, offset: i });
        lastSpace = space;
      }
      // Block boundaries separate words even without whitespace in the markup.
      if (!lastSpace) { text += " "; places.push({ node: node, offset: value.length }); lastSpace = true; }
    }
    return { text: text, places: places };
  }

  // Wraps [start, end) of the page text in <mark> elements, one per text node it spans.
  function mark(places, start, end, hotspot, rank) {
    var pieces = [];
    for (var i = start; i < end; i++) {
      var place = places[i];
      var last = pieces[pieces.length - 1];
      if (last && last.node === place.node) last.end = place.offset + 1;
      else pieces.push({ node: place.node, start: place.offset, end: place.offset + 1 });
    }
    pieces.reverse().forEach(function (piece, index) {
      var node = piece.node;
      var end = Math.min(piece.end, node.nodeValue.length);
      if (end <= piece.start) return;
      var middle = node.splitText(piece.start);
      middle.splitText(end - piece.start);
      var element = document.createElement("mark");
      element.className = "wm-hotspot";
      element.setAttribute("data-wm-score", hotspot.score);
      element.setAttribute("data-wm-rank", String(rank + 1));
      element.title = "Hardest sentence " + (rank + 1) + ": " + (data.formula || "score") + " " + hotspot.score + " (line " + hotspot.line + ")";
      if (index === pieces.length - 1) element.classList.add("wm-hotspot-start");
      middle.parentNode.replaceChild(element, middle);
      element.appendChild(middle);
    });
  }

  function highlight() {
    var root = document.querySelector("main") || document.body;
    var found = [];
    (data.hotspots || []).forEach(function (hotspot, rank) {
      // Each search runs on fresh text: earlier marks split text nodes.
      var page = pageText(root);
      var needle = normalise(hotspot.text).trim();
      var at = needle ? page.text.indexOf(needle) : -1;
      if (at < 0) return;
      mark(page.places, at, at + needle.length, hotspot, rank);
      found.push(hotspot);
    });
    return found;
  }

  restoreScroll();
  highlight();
  listen();
})();
