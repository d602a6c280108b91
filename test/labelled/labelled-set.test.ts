import { addScores, categoryAccuracy, precision, readLabelledSets, recall, scoreSet } from './measure.js';

/**
 * The quality bar of issue 2, measured on fields of real applications labelled by hand:
 * field-level recall >= 0.95, precision >= 0.90, category correct for >= 0.85 of true positives.
 * If a change to the classifier drops below, this fails and prints what it now gets wrong.
 */
describe('classifier on the labelled real-world fields', () => {
  const sets = readLabelledSets();
  const scores = sets.map((set) => scoreSet(set));
  const total = addScores(scores);

  it('has labelled sets to measure on', () => {
    expect(sets.length).toBeGreaterThanOrEqual(10);
    expect(total.fields).toBeGreaterThan(5000);
    expect(total.labelledPersonal).toBeGreaterThan(300);
  });

  it('finds at least 95% of the personal fields', () => {
    if (recall(total) < 0.95) console.log(`misses:\n${total.misses.join('\n')}`);
    expect(recall(total)).toBeGreaterThanOrEqual(0.95);
  });

  it('is right at least 90% of the time it says a field is personal', () => {
    if (precision(total) < 0.9) console.log(`false alarms:\n${total.falseAlarms.join('\n')}`);
    expect(precision(total)).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the right category to at least 85% of the personal fields it finds', () => {
    if (categoryAccuracy(total) < 0.85) console.log(`wrong categories:\n${total.wrongCategory.join('\n')}`);
    expect(categoryAccuracy(total)).toBeGreaterThanOrEqual(0.85);
  });
});

// DATAMIN_LABEL_REPORT=1 npm test -- test/labelled prints the figures per application.
if (process.env.DATAMIN_LABEL_REPORT) {
  test('report', () => {
    const sets = readLabelledSets();
    const rows = sets.map((set) => {
      const entity = scoreSet(set, (model) => model.kind === 'entity');
      const other = scoreSet(set, (model) => model.kind !== 'entity');
      const all = scoreSet(set);
      const format = (value: number) => value.toFixed(3);
      return `${set.app.padEnd(11)} fields ${String(all.fields).padStart(5)} personal ${String(all.labelledPersonal).padStart(4)}  recall ${format(recall(all))} precision ${format(precision(all))} category ${format(categoryAccuracy(all))} (exact ${format(all.exactCategory / Math.max(all.truePositives, 1))})  entities r/p ${format(recall(entity))}/${format(precision(entity))}  others r/p ${format(recall(other))}/${format(precision(other))}`;
    });
    const total = addScores(sets.map((set) => scoreSet(set)));
    rows.push(`TOTAL       fields ${total.fields} personal ${total.labelledPersonal} recall ${recall(total).toFixed(3)} precision ${precision(total).toFixed(3)} category ${categoryAccuracy(total).toFixed(3)} (exact ${(total.exactCategory / total.truePositives).toFixed(3)})`);
    rows.push('', 'MISSES', ...total.misses, '', 'FALSE ALARMS', ...total.falseAlarms, '', 'WRONG CATEGORY', ...total.wrongCategory);
    console.log(rows.join('\n'));
  });
}
