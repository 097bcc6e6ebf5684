/* Autocomplete for the site's search fields (docs/search.md, "Autocomplete").
   Every <input data-suggest> becomes a WAI-ARIA 1.2 combobox with a listbox popup, fed by
   /api/v1/search/suggest in the page's language. The popup and the live region are made here, so without
   this script the field is the plain search form it always was. No inline code: the CSP's 'self' allows it. */
(function () {
  "use strict";
  var DELAY = 180; // ms of quiet typing before a request
  var MIN_LENGTH = 2;

  function setup(input) {
    var texts = JSON.parse(input.getAttribute("data-suggest-texts"));
    var listId = input.id + "-suggest";
    var box = document.createElement("div");
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var cache = {};
    var options = [];
    var active = -1;
    var timer = 0;
    var pending = null;
    var shown = "";

    box.className = "suggest";
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", texts.label);
    list.hidden = true;
    box.appendChild(list);
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    box.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    function language() {
      // The search page's "all languages" box widens the suggestions as it widens the search.
      var all = input.form && input.form.querySelector('input[name="lang"][value="all"]:checked');
      return all ? "all" : input.getAttribute("data-suggest-lang");
    }

    function setActive(index) {
      if (active >= 0) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      options[index].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }

    function close() {
      setActive(-1);
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function follow(option) {
      // Suggestions are pages of this site: stay on the host the reader is using (the API's absolute URLs
      // name the configured one, which a staging or alias host does not share) and never leave the site.
      var target = new URL(option.getAttribute("data-url"), window.location.href);
      window.location.assign(target.pathname + target.search + target.hash);
    }

    function show(query, items) {
      shown = query;
      list.textContent = "";
      options = [];
      active = -1;
      items.forEach(function (item, index) {
        var option = document.createElement("li");
        var title = document.createElement("span");
        var kind = document.createElement("span");
        option.id = listId + "-" + index;
        option.className = "suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", item.url);
        title.className = "suggest__title";
        title.textContent = item.title;
        kind.className = "suggest__type";
        kind.textContent = texts.types[item.type] || "";
        option.appendChild(title);
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the field
        });
        option.addEventListener("click", function () {
          follow(option);
        });
        list.appendChild(option);
        options.push(option);
      });
      input.removeAttribute("aria-activedescendant");
      list.hidden = !options.length;
      input.setAttribute("aria-expanded", options.length ? "true" : "false");
      status.textContent = texts.counts[Math.min(options.length, texts.counts.length - 1)];
    }

    function request() {
      var query = input.value.trim();
      var lang = language();
      var key = lang + "\n" + query;
      if (pending) pending.abort(); // a newer query makes the older answer useless
      pending = null;
      if (query.length < MIN_LENGTH) {
        shown = "";
        list.textContent = "";
        options = [];
        close();
        return;
      }
      if (key === shown) return;
      if (cache[key]) {
        show(key, cache[key]);
        return;
      }
      var controller = window.AbortController ? new AbortController() : null;
      pending = controller;
      var url = input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(query) + "&lang=" + encodeURIComponent(lang);
      fetch(url, { headers: { Accept: "application/json" }, signal: controller && controller.signal })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status); // rate limited or refused: no popup
          return response.json();
        })
        .then(function (items) {
          if (pending !== controller) return;
          pending = null;
          cache[key] = items;
          // Shown only while the field still holds these words and has the focus.
          if (document.activeElement === input && input.value.trim() === query) show(key, items);
        })
        .catch(function () {
          if (pending === controller) pending = null;
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(request, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      var count = options.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!count) return;
        event.preventDefault();
        if (!open) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        var down = event.key === "ArrowDown";
        setActive(down ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (open && active >= 0) {
          event.preventDefault();
          follow(options[active]);
        }
      } else if (event.key === "Escape") {
        // First Escape closes the popup and keeps the words; the next one clears the field.
        event.preventDefault();
        if (open) {
          close();
        } else if (input.value) {
          input.value = "";
          shown = "";
          list.textContent = "";
          options = [];
          status.textContent = "";
        }
      } else if (event.key === "Tab") {
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  if (!window.fetch) return;
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), setup);
})();
