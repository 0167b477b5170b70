"use strict";
(() => {
  const grid = document.getElementById("grid");
  const controls = document.querySelector(".controls");
  controls.hidden = false;
  const rtl = document.documentElement.dir === "rtl";
  const cells = Array.from(grid.querySelectorAll("td.cell"));
  const search = document.getElementById("search");
  const owner = document.getElementById("owner");
  const persona = document.getElementById("persona");
  const colour = document.getElementById("colour");
  const found = document.getElementById("found");

  // Dim every cell that does not match the search and the owner.
  const filter = () => {
    const words = search.value.trim().toLocaleLowerCase();
    const who = owner.value;
    let shown = 0;
    for (const cell of cells) {
      const match = (!words || cell.textContent.toLocaleLowerCase().includes(words)) &&
        (!who || cell.dataset.owner === who);
      cell.classList.toggle("dim", !match);
      if (match) shown += 1;
    }
    found.textContent = words || who ? `${shown} / ${cells.length}` : "";
  };
  search.addEventListener("input", filter);
  owner.addEventListener("change", filter);
  colour.addEventListener("change", () => { grid.dataset.colour = colour.value; });
  if (persona) {
    persona.addEventListener("change", () => {
      const id = persona.value;
      for (const row of grid.querySelectorAll("tr.lane")) {
        row.hidden = Boolean(id && row.dataset.persona && row.dataset.persona !== id);
      }
      for (const item of grid.querySelectorAll("ul.emotions li")) {
        item.hidden = Boolean(id && item.dataset.persona !== id);
      }
    });
  }

  // The card: the cell's every field, with its stage and channel.
  const card = document.getElementById("card");
  const place = (td) => {
    const row = td.parentElement;
    const stage = grid.tHead.rows[0].cells[td.cellIndex];
    const name = (th) => th ? th.firstChild.textContent : "";
    return `${name(stage)} × ${name(row.cells[0])}`;
  };
  const open = (td) => {
    document.getElementById("card-h").textContent = place(td);
    document.getElementById("card-body").replaceChildren(...Array.from(td.childNodes, (n) => n.cloneNode(true)));
    card.showModal();
  };
  card.addEventListener("close", () => { if (current) current.focus(); });

  // Keyboard: one tab stop in the grid, arrows move between cells.
  const focusable = Array.from(grid.tBodies[0].querySelectorAll("td"));
  let current = focusable[0];
  for (const td of focusable) {
    td.tabIndex = td === current ? 0 : -1;
    if (td.classList.contains("cell") && !td.classList.contains("empty")) {
      td.addEventListener("click", () => { move(td); open(td); });
    }
  }
  const move = (td) => {
    if (!td) return;
    current.tabIndex = -1;
    current = td;
    td.tabIndex = 0;
    td.focus();
  };
  const rows = () => Array.from(grid.tBodies[0].rows).filter((r) => !r.hidden && !r.classList.contains("line"));
  grid.addEventListener("keydown", (event) => {
    const td = event.target.closest("td");
    if (!td) return;
    const list = rows();
    const r = list.indexOf(td.parentElement);
    const c = td.cellIndex;
    const across = rtl ? -1 : 1;
    const at = (row, column) => list[row] && list[row].cells[column];
    let next = null;
    switch (event.key) {
      case "ArrowRight": next = at(r, c + across); break;
      case "ArrowLeft": next = at(r, c - across); break;
      case "ArrowDown": next = at(r + 1, c); break;
      case "ArrowUp": next = at(r - 1, c); break;
      case "Home": next = at(r, 1); break;
      case "End": next = at(r, list[r].cells.length - 1); break;
      case "Enter": case " ":
        if (td.classList.contains("cell") && !td.classList.contains("empty")) open(td);
        event.preventDefault();
        return;
      default: return;
    }
    event.preventDefault();
    if (next && next.tagName === "TD") move(next);
  });
})();
