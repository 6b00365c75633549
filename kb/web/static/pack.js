/* The course pack ("Tập tài liệu"): excerpts kept in this browser's localStorage.
 *
 * Every page: the nav count, and the "Thêm vào tập tài liệu" buttons
 * (button.pack-add with data-pack-section, inside or on an element with data-pack-doc).
 * The /tap-tai-lieu page (#pack-page): the items, fetched from /api/sections,
 * with move up / down, remove, clear and the DOCX export link.
 * No inline script or style: the page runs under a strict Content-Security-Policy.
 */
(function () {
  "use strict";

  var KEY = "kb.tap-tai-lieu";
  var TITLE_KEY = "kb.tap-tai-lieu.ten";
  var MAX_ITEMS = 200;

  // --- storage ----------------------------------------------------------------

  // localStorage may be disabled or full: reading gives null, writing reports false
  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch (e) {
      return false;
    }
  }

  function load() {
    try {
      var items = JSON.parse(read(KEY) || "[]");
      return Array.isArray(items) ? items.filter(function (i) { return i && i.doc && i.section; }) : [];
    } catch (e) {
      return [];
    }
  }

  function save(items) {
    if (!write(KEY, JSON.stringify(items.slice(0, MAX_ITEMS)))) {
      say("Không lưu được tập tài liệu trong trình duyệt này.");
    }
    refresh();
  }

  function refOf(item) {
    return item.doc + "#" + item.section;
  }

  function indexOf(items, doc, section) {
    for (var i = 0; i < items.length; i++) {
      if (items[i].doc === doc && items[i].section === section) return i;
    }
    return -1;
  }

  // --- every page: count and add buttons ------------------------------------------

  function say(message) {
    var status = document.getElementById("pack-status");
    if (status) status.textContent = message;
  }

  function refreshCount(items) {
    document.querySelectorAll("[data-pack-count]").forEach(function (el) {
      el.textContent = " (" + items.length + ")";
      el.hidden = false;
    });
  }

  function docOf(button) {
    var owner = button.closest("[data-pack-doc]");
    return owner ? owner.dataset.packDoc : "";
  }

  function refreshButtons(items) {
    document.querySelectorAll("button.pack-add").forEach(function (button) {
      var added = indexOf(items, docOf(button), button.dataset.packSection) >= 0;
      var text = button.querySelector(".pack-add-text") || button;
      text.textContent = added ? "✓ Đã thêm vào tập tài liệu" : "Thêm vào tập tài liệu";
      button.setAttribute("aria-pressed", added ? "true" : "false");
      button.title = added ? "Bấm lần nữa để bỏ khỏi tập tài liệu" : "";
      button.hidden = false;
    });
  }

  function refresh() {
    var items = load();
    refreshCount(items);
    refreshButtons(items);
    if (page) page.render(items);
  }

  function toggle(button) {
    var items = load();
    var doc = docOf(button), section = button.dataset.packSection;
    var at = indexOf(items, doc, section);
    if (at >= 0) {
      items.splice(at, 1);
    } else if (items.length >= MAX_ITEMS) {
      window.alert("Tập tài liệu đã đủ " + MAX_ITEMS + " trích đoạn. Hãy bỏ bớt trước khi thêm.");
      return;
    } else {
      items.push({ doc: doc, section: section });
    }
    save(items);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.pack-add");
    if (button) toggle(button);
  });

  // another tab changed the pack
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) refresh();
  });

  // --- the pack page ------------------------------------------------------------

  function PackPage(root) {
    this.root = root;
    this.list = root.querySelector("#pack-items");
    this.template = root.querySelector("#pack-item-template");
    this.exportLink = root.querySelector("#pack-export");
    this.clearButton = root.querySelector("#pack-clear");
    this.titleInput = root.querySelector("#pack-title");
    this.empty = root.querySelector("#pack-empty");
    this.excerpts = {}; // ref -> excerpt from the API, or null when not found
    this.pending = {}; // refs being fetched
    this.failed = {}; // refs whose fetch failed: not retried until the page reloads
    this.bind();
  }

  PackPage.prototype.bind = function () {
    var self = this;
    this.root.hidden = false;
    this.titleInput.value = read(TITLE_KEY) || "";
    this.titleInput.addEventListener("input", function () {
      write(TITLE_KEY, self.titleInput.value);
      self.updateExport(load());
    });
    this.clearButton.addEventListener("click", function () {
      if (window.confirm("Xóa tất cả trích đoạn khỏi tập tài liệu?")) {
        save([]);
        say("Đã xóa tập tài liệu.");
      }
    });
    this.list.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button) self.act(button.dataset.action, Number(button.closest("li").dataset.index));
    });
  };

  PackPage.prototype.act = function (action, index) {
    var items = load();
    var item = items[index];
    if (!item) return;
    if (action === "remove") {
      items.splice(index, 1);
      save(items);
      say("Đã bỏ " + this.labelOf(item) + " khỏi tập tài liệu.");
      this.focusAt(Math.min(index, items.length - 1), "remove");
      return;
    }
    var to = action === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= items.length) return;
    items.splice(index, 1);
    items.splice(to, 0, item);
    save(items);
    say("Đã chuyển " + this.labelOf(item) + " đến vị trí " + (to + 1) + ".");
    this.focusAt(to, action);
  };

  PackPage.prototype.labelOf = function (item) {
    var excerpt = this.excerpts[refOf(item)];
    return excerpt ? excerpt.label + " — " + excerpt.source : item.section;
  };

  PackPage.prototype.focusAt = function (index, action) {
    var li = this.list.children[index];
    if (!li) {
      this.titleInput.focus();
      return;
    }
    var button = li.querySelector('button[data-action="' + action + '"]');
    (button && !button.disabled ? button : li.querySelector("button:not([disabled])")).focus();
  };

  PackPage.prototype.render = function (items) {
    var self = this;
    this.list.textContent = "";
    items.forEach(function (item, index) {
      self.list.appendChild(self.itemNode(item, index, items.length));
    });
    this.empty.hidden = items.length > 0;
    this.clearButton.disabled = items.length === 0;
    this.updateExport(items);
    this.fetchMissing(items);
  };

  PackPage.prototype.itemNode = function (item, index, count) {
    var li = this.template.content.firstElementChild.cloneNode(true);
    var excerpt = this.excerpts[refOf(item)];
    li.dataset.index = String(index);
    li.dataset.ref = refOf(item);
    li.querySelector(".pack-position").textContent = String(index + 1);
    var link = li.querySelector(".pack-label a");
    link.textContent = this.labelOf(item);
    link.href = (excerpt && excerpt.url) || "/documents/" + encodeURIComponent(item.doc) + "#" + item.section;
    var source = li.querySelector(".pack-source");
    var body = li.querySelector(".pack-text");
    if (excerpt) {
      source.textContent = excerpt.citation;
      body.textContent = excerpt.text;
    } else if (excerpt === null) {
      li.classList.add("pack-missing");
      source.textContent = "Không còn trong cơ sở dữ liệu — hãy bỏ trích đoạn này.";
    } else if (this.failed[refOf(item)]) {
      source.textContent = "Không tải được nội dung — hãy tải lại trang.";
    } else {
      source.textContent = "Đang tải…";
    }
    li.querySelector('[data-action="up"]').disabled = index === 0;
    li.querySelector('[data-action="down"]').disabled = index === count - 1;
    return li;
  };

  PackPage.prototype.updateExport = function (items) {
    var params = new URLSearchParams();
    items.forEach(function (item) { params.append("s", refOf(item)); });
    var title = this.titleInput.value.trim();
    if (title) params.set("title", title);
    var ready = items.length > 0 && items.every(function (item) { return this.excerpts[refOf(item)] !== null; }, this);
    this.exportLink.href = this.root.dataset.exportUrl + "?" + params.toString();
    this.exportLink.classList.toggle("disabled", !ready);
    this.exportLink.setAttribute("aria-disabled", ready ? "false" : "true");
    if (!ready) this.exportLink.removeAttribute("href");
  };

  PackPage.prototype.fetchMissing = function (items) {
    var self = this;
    var wanted = items.map(refOf).filter(function (ref) {
      return !(ref in self.excerpts) && !self.pending[ref] && !self.failed[ref];
    });
    if (!wanted.length) return;
    var params = new URLSearchParams();
    wanted.forEach(function (ref) {
      params.append("ref", ref);
      self.pending[ref] = true;
    });
    fetch(this.root.dataset.apiUrl + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) throw new Error(data.error || String(response.status));
          return data;
        });
      })
      .then(function (data) {
        data.sections.forEach(function (excerpt) { self.excerpts[excerpt.ref] = excerpt; });
        data.missing.forEach(function (ref) { self.excerpts[ref] = null; });
      })
      .catch(function (error) {
        wanted.forEach(function (ref) { self.failed[ref] = true; });
        say("Không tải được nội dung trích đoạn: " + error.message);
      })
      .then(function () {
        wanted.forEach(function (ref) { delete self.pending[ref]; });
        self.render(load());
      });
  };

  var root = document.getElementById("pack-page");
  var page = root ? new PackPage(root) : null;
  refresh();
})();
