// A half-finished import script. analysis-error: it does not parse, so datamin cannot check it,
// and says so instead of passing the build on code it never saw.
const fs = require('fs');

function importCustomers(path) {
  const rows = fs.readFileSync(path, 'utf8').split('\n');
  for (const row of rows {
    console.log(row);
  }
}
