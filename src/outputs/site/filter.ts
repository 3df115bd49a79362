/** The index page's one script: rows whose text does not hold what is typed in the filter box are hidden. */
export const FILTER_SCRIPT = `(() => {
  const box = document.getElementById('filter')
  const shown = document.getElementById('shown')
  const rows = [...document.querySelectorAll('tr[data-row]')]
  const update = () => {
    const q = box.value.trim().toLowerCase()
    let n = 0
    for (const row of rows) {
      row.hidden = q !== '' && !row.textContent.toLowerCase().includes(q)
      if (!row.hidden) n++
    }
    shown.textContent = n + ' of ' + rows.length + ' rows'
  }
  box.addEventListener('input', update)
  update()
})()`
