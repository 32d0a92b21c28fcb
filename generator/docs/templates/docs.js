(function () {
  "use strict";
  var root = document.documentElement;
  function load(key, store) { try { return (store || localStorage).getItem(key); } catch (e) { return null; } }
  function save(key, value, store) { try { (store || localStorage).setItem(key, value); } catch (e) { /* private mode */ } }
  var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  root.setAttribute("data-theme", load("skilldeo-docs-theme") || (dark ? "dark" : "light"));
  root.classList.add("js");
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  function announce(text) {
    var live = document.getElementById("announce");
    live.textContent = "";
    setTimeout(function () { live.textContent = text; }, 50);
  }
  function copyText(text, done) {
    function fallback() {
      var area = el("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    else fallback();
  }

  function reveal(id, flash) {
    var target = id && document.getElementById(id);
    if (!target) return false;
    for (var p = target; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
    target.scrollIntoView({ block: "start" });
    if (flash) { target.classList.remove("flash"); void target.offsetWidth; target.classList.add("flash"); }
    return true;
  }
  function fromHash() {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it raw */ }
    reveal(id, true);
  }
  function go(href) {
    if (href === location.hash) fromHash(); else location.hash = href;
  }

  // Language tabs, as the ARIA tabs pattern: arrow keys, Home and End move between them.
  function tabs() {
    var groups = [].slice.call(document.querySelectorAll("[data-tabs]"));
    function show(lang, focus) {
      groups.forEach(function (g) {
        var list = [].slice.call(g.querySelectorAll('[role="tab"]'));
        var pick = list.filter(function (t) { return t.getAttribute("data-lang") === lang; })[0] || list[0];
        list.forEach(function (t) {
          var on = t === pick;
          t.setAttribute("aria-selected", on ? "true" : "false");
          t.tabIndex = on ? 0 : -1;
          document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
        });
        if (focus === g) pick.focus();
      });
    }
    groups.forEach(function (g) {
      var op = g.closest(".op");
      var bar = el("div", { role: "tablist", "class": "tabbar", "aria-label": "Language of the code samples" });
      g.querySelectorAll(".panel").forEach(function (panel) {
        var lang = panel.getAttribute("data-lang");
        var base = op.id + "-" + lang;
        panel.id = base + "-panel";
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", base + "-tab");
        panel.tabIndex = 0;
        bar.appendChild(el("button", { type: "button", role: "tab", "class": "tab", id: base + "-tab", "aria-controls": panel.id, "data-lang": lang }, panel.querySelector(".pane-label").textContent));
      });
      g.insertBefore(bar, g.firstChild);
      bar.addEventListener("click", function (ev) {
        var t = ev.target.closest('[role="tab"]');
        if (!t) return;
        save("skilldeo-docs-lang", t.getAttribute("data-lang"));
        show(t.getAttribute("data-lang"));
      });
      bar.addEventListener("keydown", function (ev) {
        var list = [].slice.call(bar.children);
        var i = list.indexOf(document.activeElement);
        var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: list.length - 1 }[ev.key];
        if (next === undefined || i < 0) return;
        ev.preventDefault();
        var t = list[(next + list.length) % list.length];
        save("skilldeo-docs-lang", t.getAttribute("data-lang"));
        show(t.getAttribute("data-lang"), g);
      });
    });
    show(load("skilldeo-docs-lang") || "curl");
  }

  function addCopy(pre) {
    var b = el("button", { type: "button", "class": "copy" }, "Copy");
    b.addEventListener("click", function () {
      copyText(pre.querySelector("code").textContent, function (ok) {
        b.textContent = ok ? "Copied" : "Copy failed";
        announce(ok ? "Copied" : "Copy failed");
        setTimeout(function () { b.textContent = "Copy"; }, 1500);
      });
    });
    pre.appendChild(b);
  }

  // A permalink beside each operation, section, model, parameter and field: it copies the link.
  function permalinks() {
    function add(where, id, what, before) {
      var a = el("a", { "class": "permalink", href: "#" + id, "aria-label": "Link to " + what, title: "Copy a link to " + what }, "#");
      where.insertBefore(a, before || null);
    }
    document.querySelectorAll(".op, .model, section.tag").forEach(function (s) {
      var h = s.querySelector("h2, h3");
      add(h, s.id, h.textContent.trim());
    });
    document.querySelectorAll(".tree li[id], .tree li > details[id]").forEach(function (f) {
      var li = f.tagName === "LI" ? f : f.parentElement;
      add(li, f.id, "field " + f.querySelector("code").textContent, li.firstChild);
    });
    document.querySelectorAll(".params tr[id]").forEach(function (tr) {
      add(tr.firstElementChild, tr.id, "parameter " + tr.getAttribute("data-name"), tr.firstElementChild.firstChild);
    });
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("a.permalink");
      if (!a) return;
      var url = location.href.split("#")[0] + a.getAttribute("href");
      copyText(url, function (ok) { announce(ok ? "Link copied" : "Copy failed"); });
    });
  }

  // Search: the index ranks title matches over detail over other words; a word one or two
  // letters off still matches (less), as does the start of a word.
  function search() {
    var input = document.getElementById("search");
    var box = document.getElementById("results-box");
    var list = document.getElementById("results");
    var count = document.getElementById("results-count");
    var kinds = { o: "operation", m: "model", f: "field", t: "section", s: "overview", c: "status code", r: "response" };
    var entries = null;  // read on the first search, not at load
    function index() {
      var data = JSON.parse(document.getElementById("search-index").textContent);
      return data.r.map(function (r) {
        return { row: r, fields: [words(r[1]), words(r[2]), r[4] ? r[4].split(" ").map(function (n) { return data.w[parseInt(n, 36)]; }) : []] };
      });
    }
    var active = -1, hits = [];
    function words(text) { return text.toLowerCase().match(/[0-9a-z_]+/g) || []; }
    function distance(a, b, limit) {
      if (Math.abs(a.length - b.length) > limit) return limit + 1;
      var prev = [], cur, i, j;
      for (j = 0; j <= b.length; j++) prev.push(j);
      var prev2 = null;
      for (i = 1; i <= a.length; i++) {
        cur = [i];
        var low = i;
        for (j = 1; j <= b.length; j++) {
          var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
          cur.push(v);
          if (v < low) low = v;
        }
        if (low > limit) return limit + 1;
        prev2 = prev; prev = cur;
      }
      return prev[b.length];
    }
    function quality(q, w) {
      if (w === q) return 1;
      if (w.indexOf(q) === 0) return 0.7;
      if (q.length >= 3 && w.indexOf(q) > 0) return 0.4;
      var limit = q.length >= 9 ? 2 : q.length >= 4 ? 1 : 0;
      if (limit && distance(q, w.slice(0, q.length + limit), limit) <= limit) return 0.5 - 0.1 * distance(q, w, limit + 3) / (q.length + 3);
      return 0;
    }
    var weights = [10, 4, 1];
    // on equal matches: what a thing is before where it is mentioned (a model before an example)
    var kindWeights = { s: 1.3, o: 1.3, m: 1.2, f: 1.1, t: 1.1, c: 1, r: 0.9 };
    function score(entry, query) {
      var total = 0;
      for (var k = 0; k < query.length; k++) {
        var best = 0;
        for (var f = 0; f < 3; f++) {
          var ws = entry.fields[f];
          for (var i = 0; i < ws.length; i++) {
            var s = quality(query[k], ws[i]) * weights[f];
            if (s > best) best = s;
          }
        }
        if (!best) return 0;
        total += best;
      }
      return total * kindWeights[entry.row[0]];
    }
    function select(i) {
      var opts = list.children;
      if (active >= 0 && opts[active]) opts[active].setAttribute("aria-selected", "false");
      active = i;
      if (i >= 0 && opts[i]) {
        opts[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", opts[i].id);
        opts[i].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }
    function close() {
      box.hidden = true;
      input.setAttribute("aria-expanded", "false");
      select(-1);
    }
    function open(i) {
      var r = hits[i] && hits[i].row;
      if (!r) return;
      close();
      go(r[3]);
    }
    function render() {
      var query = words(input.value);
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!query.length) { hits = []; count.textContent = ""; close(); return; }
      hits = [];
      entries = entries || index();
      entries.forEach(function (e, n) { var s = score(e, query); if (s) hits.push({ row: e.row, s: s, n: n }); });
      hits.sort(function (a, b) { return b.s - a.s || a.n - b.n; });
      var total = hits.length;
      hits = hits.slice(0, 10);
      hits.forEach(function (h, i) {
        var li = el("li", { role: "option", id: "result-" + i, "aria-selected": "false", "data-href": h.row[3] }, h.row[1]);
        li.appendChild(el("small", null, kinds[h.row[0]] + " \u00b7 " + h.row[2]));
        list.appendChild(li);
      });
      count.textContent = total ? total + (total === 1 ? " result" : " results") + (total > hits.length ? ", the best " + hits.length + " shown" : "") : "No results";
      if (!total) list.appendChild(el("li", { role: "option", "aria-disabled": "true", "class": "muted", id: "result-none" }, "Nothing matches."));
      box.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    var narrow = window.matchMedia("(max-width: 860px)");
    function hint() { input.placeholder = narrow.matches ? "Search" : "Search (Ctrl+K or /)"; }
    narrow.addEventListener("change", hint);
    hint();
    input.addEventListener("input", render);
    input.addEventListener("focus", function () { if (input.value && box.hidden) render(); });
    input.addEventListener("keydown", function (ev) {
      var n = hits.length;
      if (ev.key === "ArrowDown" && n) { ev.preventDefault(); if (box.hidden) render(); select((active + 1) % n); }
      else if (ev.key === "ArrowUp" && n) { ev.preventDefault(); select(active <= 0 ? n - 1 : active - 1); }
      else if (ev.key === "Home" && n && !box.hidden && active >= 0) { ev.preventDefault(); select(0); }
      else if (ev.key === "End" && n && !box.hidden && active >= 0) { ev.preventDefault(); select(n - 1); }
      else if (ev.key === "Enter" && n) { ev.preventDefault(); open(active < 0 ? 0 : active); }
      else if (ev.key === "Escape") { if (box.hidden) input.value = ""; close(); }
    });
    list.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
    list.addEventListener("click", function (ev) {
      var li = ev.target.closest("[role=option]");
      if (li && li.id !== "result-none") open(parseInt(li.id.slice(7), 10));
    });
    input.addEventListener("blur", function () { setTimeout(function () { if (document.activeElement !== input) close(); }, 150); });
    document.addEventListener("keydown", function (ev) {
      var t = ev.target, typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
      if ((ev.key === "k" || ev.key === "K") && (ev.ctrlKey || ev.metaKey) || ev.key === "/" && !typing) {
        ev.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // The phone drawer: out of the Tab order (inert) while closed; Escape closes it.
  function drawer() {
    var body = document.body;
    var menu = document.getElementById("menu");
    var nav = document.getElementById("sidebar");
    var phone = window.matchMedia("(max-width: 860px)");
    function set(open) {
      body.classList.toggle("nav-open", open);
      menu.setAttribute("aria-expanded", open ? "true" : "false");
      nav.inert = phone.matches && !open;
    }
    menu.addEventListener("click", function () {
      var open = !body.classList.contains("nav-open");
      set(open);
      if (open) (nav.querySelector("[aria-current=location]") || nav.querySelector("a")).focus();
    });
    nav.addEventListener("click", function (ev) { if (ev.target.closest("a") && phone.matches) set(false); });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && body.classList.contains("nav-open")) { set(false); menu.focus(); }
    });
    phone.addEventListener("change", function () { set(false); });
    set(false);
  }

  // The sidebar marks the section in view (aria-current).
  function currentSection() {
    var nav = document.getElementById("sidebar");
    var links = {};
    nav.querySelectorAll('a[href^="#"]').forEach(function (a) { links[a.getAttribute("href").slice(1)] = a; });
    var sections = [].slice.call(document.querySelectorAll("main section[id]")).filter(function (s) { return links[s.id]; });
    var marked = null, queued = false;
    function update() {
      queued = false;
      var line = 80, pick = null;
      for (var i = 0; i < sections.length; i++) {
        var r = sections[i].getBoundingClientRect();
        if (r.top <= line && r.bottom > line) pick = sections[i];
      }
      var a = pick ? links[pick.id] : null;
      if (a === marked) return;
      if (marked) marked.removeAttribute("aria-current");
      marked = a;
      if (!a) return;
      a.setAttribute("aria-current", "location");
      var n = a.getBoundingClientRect(), b = nav.getBoundingClientRect();
      if (n.top < b.top || n.bottom > b.bottom) nav.scrollTop += n.top - b.top - b.height / 3;
    }
    window.addEventListener("scroll", function () { if (!queued) { queued = true; requestAnimationFrame(update); } }, { passive: true });
    // measuring forces a layout: done once the page has loaded, not during it
    window.addEventListener("load", function () { setTimeout(update, 0); });
  }

  // Try it: a form under each operation's samples, built from the page (servers, parameters
  // with their examples, the request example). The token stays in sessionStorage.
  function tryIt() {
    var servers = [].slice.call(document.querySelectorAll("#servers tbody td:first-child > code")).map(function (c) { return c.textContent; });
    var tokenKey = "skilldeo-docs-token", serverKey = "skilldeo-docs-server", customKey = "skilldeo-docs-custom";
    var forms = [];
    function row(form, id, label, field) {
      var r = el("div", { "class": "trow" });
      r.appendChild(el("label", { "for": id }, label));
      field.id = id;
      r.appendChild(field);
      form.appendChild(r);
      return r;
    }
    function sync(except) {
      forms.forEach(function (f) {
        if (f === except) return;
        var saved = load(serverKey, sessionStorage);  // "" is the custom URL
        if (saved !== null && [].some.call(f.server.options, function (o) { return o.value === saved; })) f.server.value = saved;
        f.custom.value = load(customKey, sessionStorage) || "";
        f.customRow.hidden = f.server.value !== "";
        if (f.token) f.token.value = load(tokenKey, sessionStorage) || "";
      });
    }
    // Each form is built when its <details> first opens: nothing of it delays the page's load.
    document.querySelectorAll(".op").forEach(function (op) {
      var details = el("details", { "class": "tryit" });
      details.appendChild(el("summary", null, "Try it"));
      op.querySelector(".op-side").appendChild(details);
      details.addEventListener("toggle", function () { if (details.open && !details.querySelector("form")) build(op, details); });
    });
    function build(op, details) {
      var form = el("form", { "class": "tryform", novalidate: "" });
      var f = { form: form };
      var id = op.id + "-try";
      f.server = el("select");
      servers.concat([""]).forEach(function (url) { f.server.appendChild(el("option", { value: url }, url || "Custom URL\u2026")); });
      row(form, id + "-server", "Server", f.server);
      f.custom = el("input", { type: "url", placeholder: "http://127.0.0.1:4010/api/v1", autocomplete: "off", spellcheck: "false" });
      f.customRow = row(form, id + "-custom", "Custom base URL", f.custom);
      if (op.hasAttribute("data-token")) {
        f.token = el("input", { type: "password", autocomplete: "off", spellcheck: "false" });
        row(form, id + "-token", "Bearer token (kept for this tab only)", f.token);
      }
      f.params = [];
      op.querySelectorAll(".params tr[data-in]").forEach(function (tr, i) {
        var where = tr.getAttribute("data-in");
        if (["path", "query", "header"].indexOf(where) < 0) return;
        var input = el("input", { autocomplete: "off", spellcheck: "false" });
        input.value = tr.getAttribute("data-value");
        input.setAttribute("data-in", where);
        input.setAttribute("data-name", tr.getAttribute("data-name"));
        row(form, id + "-p" + i, tr.getAttribute("data-name") + " (" + where + (tr.hasAttribute("data-required") ? ", required" : "") + ")", input);
        f.params.push(input);
      });
      var request = op.querySelector(".body.request");
      if (request) {
        var example = request.querySelector(".example pre code");
        f.type = request.querySelector(".muted").textContent;
        f.body = el("textarea", { spellcheck: "false", rows: "8" });
        f.body.value = example ? example.textContent : "";
        row(form, id + "-body", "Body (" + f.type + ")", f.body);
      }
      var send = el("button", { type: "submit", "class": "t-send" }, "Send " + op.getAttribute("data-method"));
      form.appendChild(send);
      f.status = el("div", { "class": "t-status", role: "status" });
      f.out = el("pre", { "class": "t-response", hidden: "" });
      f.out.appendChild(el("code"));
      addCopy(f.out);
      details.appendChild(form);
      details.appendChild(f.status);
      details.appendChild(f.out);
      forms.push(f);
      f.server.addEventListener("change", function () { save(serverKey, f.server.value, sessionStorage); sync(); });
      f.custom.addEventListener("change", function () { save(customKey, f.custom.value.trim(), sessionStorage); sync(f); });
      if (f.token) f.token.addEventListener("change", function () { save(tokenKey, f.token.value.trim(), sessionStorage); sync(f); });
      form.addEventListener("submit", function (ev) { ev.preventDefault(); sendRequest(op, f); });
      sync();
    }
  }

  function sendRequest(op, f) {
    var base = (f.server.value || f.custom.value.trim()).replace(/\/+$/, "");
    var path = op.getAttribute("data-path"), query = [], headers = {}, missing = [];
    f.params.forEach(function (input) {
      var name = input.getAttribute("data-name"), value = input.value, where = input.getAttribute("data-in");
      if (value === "") { if (where === "path") missing.push(name); return; }
      if (where === "path") path = path.split("{" + name + "}").join(encodeURIComponent(value));
      else if (where === "query") query.push(encodeURIComponent(name) + "=" + encodeURIComponent(value));
      else headers[name] = value;
    });
    var init = { method: op.getAttribute("data-method"), headers: headers };
    if (f.token && f.token.value.trim()) headers.Authorization = "Bearer " + f.token.value.trim();
    if (f.body && f.body.value.trim()) { headers["Content-Type"] = f.type; init.body = f.body.value; }
    if (!/^https?:\/\//.test(base)) missing.unshift("a server (http:// or https://)");
    if (missing.length) { f.status.textContent = "Fill in: " + missing.join(", "); return; }
    var url = base + path + (query.length ? "?" + query.join("&") : "");
    f.status.textContent = "Sending\u2026";
    var started = performance.now();
    fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        var ms = Math.round(performance.now() - started);
        try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON: as sent */ }
        f.status.textContent = response.status + " " + (response.statusText || "") + " \u00b7 " + ms + " ms";
        f.status.className = "t-status s" + String(response.status).charAt(0);
        show(f, text);
      });
    }, function () {
      f.status.className = "t-status s5";
      f.status.textContent = "No answer: the server is unreachable or does not allow calls from this page (CORS).";
      show(f, "");
    });
  }
  function show(f, text) {
    f.out.firstChild.textContent = text;
    f.out.hidden = text === "";
  }

  function printAll() {
    var closed = [];
    window.addEventListener("beforeprint", function () {
      closed = [].slice.call(document.querySelectorAll("details:not([open])"));
      closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener("afterprint", function () { closed.forEach(function (d) { d.open = false; }); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("theme").addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      save("skilldeo-docs-theme", next);
    });
    tabs();
    document.querySelectorAll("pre").forEach(addCopy);
    tryIt();
    permalinks();
    search();
    drawer();
    currentSection();
    printAll();
    window.addEventListener("hashchange", fromHash);
    if (location.hash) fromHash();
  });
})();
