(function () {
  "use strict";
  var root = document.documentElement;
  function load(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  root.setAttribute("data-theme", load("skilldeo-docs-theme") || (dark ? "dark" : "light"));
  root.classList.add("js");

  function reveal(id, flash) {
    var el = id && document.getElementById(id);
    if (!el) return false;
    for (var p = el; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
    el.scrollIntoView({ block: "start" });
    if (flash) { el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash"); }
    return true;
  }
  function fromHash() {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it raw */ }
    reveal(id, true);
  }

  function tabs() {
    var groups = document.querySelectorAll("[data-tabs]");
    function show(lang) {
      groups.forEach(function (g) {
        var has = g.querySelector('.tab[data-lang="' + lang + '"]');
        var pick = has ? lang : g.querySelector(".tab").getAttribute("data-lang");
        g.querySelectorAll(".tab").forEach(function (t) {
          var on = t.getAttribute("data-lang") === pick;
          t.classList.toggle("on", on);
          t.setAttribute("aria-selected", on ? "true" : "false");
        });
        g.querySelectorAll(".pane").forEach(function (p) { p.classList.toggle("on", p.getAttribute("data-lang") === pick); });
      });
    }
    document.addEventListener("click", function (ev) {
      var t = ev.target.closest && ev.target.closest(".tab");
      if (!t) return;
      save("skilldeo-docs-lang", t.getAttribute("data-lang"));
      show(t.getAttribute("data-lang"));
    });
    show(load("skilldeo-docs-lang") || "curl");
  }

  function copyButtons() {
    document.querySelectorAll("pre").forEach(function (pre) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "copy";
      b.textContent = "Copy";
      b.addEventListener("click", function () {
        var text = pre.querySelector("code").textContent;
        function done(ok) { b.textContent = ok ? "Copied" : "Copy failed"; setTimeout(function () { b.textContent = "Copy"; }, 1500); }
        function fallback() {
          var area = document.createElement("textarea");
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
      });
      pre.appendChild(b);
    });
  }

  function search() {
    var input = document.getElementById("search");
    var list = document.getElementById("results");
    var rows = JSON.parse(document.getElementById("search-index").textContent);
    var hay = rows.map(function (r) { return (r[1] + " " + r[2]).toLowerCase(); });
    var kinds = { op: "operation", model: "model", field: "field", tag: "section" };
    function render() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      list.textContent = "";
      if (!words.length) { list.hidden = true; return; }
      var hits = [];
      for (var i = 0; i < rows.length && hits.length < 40; i++) {
        if (words.every(function (w) { return hay[i].indexOf(w) >= 0; })) hits.push(rows[i]);
      }
      if (!hits.length) {
        var none = document.createElement("li");
        none.className = "muted";
        none.textContent = "Nothing matches.";
        list.appendChild(none);
      }
      hits.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = r[3];
        a.textContent = r[1];
        var small = document.createElement("small");
        small.textContent = kinds[r[0]] + " \u00b7 " + r[2];
        a.appendChild(small);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
    }
    input.addEventListener("input", render);
    input.addEventListener("keydown", function (ev) {
      var links = list.querySelectorAll("a");
      if (ev.key === "Enter" && links.length) { location.hash = links[0].getAttribute("href"); list.hidden = true; }
      if (ev.key === "Escape") { list.hidden = true; }
      if (ev.key === "ArrowDown" && links.length) { ev.preventDefault(); links[0].focus(); }
    });
    list.addEventListener("keydown", function (ev) {
      var a = document.activeElement;
      var li = a && a.parentElement;
      if (ev.key === "ArrowDown" && li && li.nextElementSibling) { ev.preventDefault(); li.nextElementSibling.querySelector("a").focus(); }
      if (ev.key === "ArrowUp") { ev.preventDefault(); if (li && li.previousElementSibling) li.previousElementSibling.querySelector("a").focus(); else input.focus(); }
      if (ev.key === "Escape") { list.hidden = true; input.focus(); }
    });
    list.addEventListener("click", function (ev) {
      var a = ev.target.closest("a");
      if (a && a.getAttribute("href") === location.hash) { ev.preventDefault(); fromHash(); }
      list.hidden = true;
    });
    document.addEventListener("click", function (ev) { if (!ev.target.closest(".search")) list.hidden = true; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var body = document.body;
    var menu = document.getElementById("menu");
    document.getElementById("theme").addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      save("skilldeo-docs-theme", next);
    });
    menu.addEventListener("click", function () {
      var open = body.classList.toggle("nav-open");
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.getElementById("sidebar").addEventListener("click", function (ev) {
      if (ev.target.closest("a")) { body.classList.remove("nav-open"); menu.setAttribute("aria-expanded", "false"); }
    });
    tabs();
    copyButtons();
    search();
    window.addEventListener("hashchange", fromHash);
    if (location.hash) fromHash();
  });
})();
