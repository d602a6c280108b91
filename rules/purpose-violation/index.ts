import { findPurpose, purposeCoversField, purposesAllowRecipient, type CoverageSubject, type Manifest } from '../../src/config/manifest.js';
import { defineRule } from '../../src/engine/rule.js';
import { quotedList } from '../shared.js';
import { flowFinding, isRecipientSink, perFieldFlows, recipientName, valueName } from '../shared-flows.js';

/**
 * Personal data used for a purpose that does not declare it (GDPR Art. 5(1)(b) purpose
 * limitation, 5(1)(c) data minimisation). Two kinds of site, one finding per field per site:
 *
 * - a flow to a recipient that some purpose of the flow lists, carrying data none of the flow's
 *   purposes declares (DESIGN.md: undeclared data sent to a listed recipient; a recipient no
 *   purpose lists is `undeclared-sharing` instead), at the sink call;
 * - a read of a personal field in a file that serves purposes none of which declares the field,
 *   at the read. Code that serves no purpose is not reported here: mapping code to purposes is
 *   the job of the `code` globs, and `manifest-drift` reports purposes no code serves; reporting
 *   every read of unmapped code would bury the real violations until the mapping is complete.
 *
 * Pseudonymous flows (record ids, sanitized values) and whole records (`whole-record-sharing`)
 * are not reported as flows.
 */
export default defineRule({
  id: 'purpose-violation',
  meta: {
    defaultSeverity: 'error',
    description: 'Personal data is read or sent by code whose purposes do not declare that data.',
    requiresManifest: true,
    messages: {
      sentForPurpose:
        '{{value}} ({{category}}) is sent to {{recipient}} in {{file}}, but purpose {{purposes}} does not declare {{data}}: add it to purposes.{{purpose}}.data or stop sending it.',
      sentForPurposes:
        '{{value}} ({{category}}) is sent to {{recipient}} in {{file}}, but none of its purposes ({{purposes}}) declares {{data}}: add it to the data of the purpose that needs it or stop sending it.',
      readForPurpose:
        '{{value}} ({{category}}) is read in {{file}}, which serves purpose {{purposes}}, but that purpose does not declare {{data}}: add it to purposes.{{purpose}}.data or stop reading it here.',
      readForPurposes:
        '{{value}} ({{category}}) is read in {{file}}, which serves purposes {{purposes}}, none of which declares {{data}}: add it to the data of the purpose that needs it or stop reading it here.',
    },
  },
  check({ flows, uses, inventory, manifest, purposesOfFile, report }) {
    if (!manifest) return;
    const fieldsById = new Map(inventory.map((field) => [field.id, field]));
    // Sites already covered, by file, line and field: reads there are not reported again.
    const reported = new Set<string>();
    // A whole record sent or logged reads every field at the call; `whole-record-sharing` reports
    // that call once, and its per-field reads there are not repeated here.
    for (const flow of flows) if (flow.wholeRecord && flow.field) reported.add(`${flow.file}|${flow.line}|${flow.field}`);
    // A read that feeds a call some sink rule reports (sharing, logs, storage) is that finding's:
    // the read is where the flow starts, not a second problem.
    for (const flow of flows) if (!flow.pseudonymous && flow.field) reported.add(`${flow.source.file}|${flow.source.line}|${flow.field}`);

    // Undeclared data sent to a recipient the flow's purposes list.
    for (const flow of perFieldFlows(flows, (candidate) => isRecipientSink(candidate.sink.kind))) {
      if (flow.purposes.length === 0) continue;
      if (!purposesAllowRecipient(manifest.manifest, flow.purposes, flow.sink.recipient)) continue;
      const subject: CoverageSubject = { id: flow.field, model: flow.field ? fieldsById.get(flow.field)?.model ?? null : null, category: flow.category };
      if (anyPurposeCovers(manifest.manifest, flow.purposes, subject)) continue;
      // The read that fed this flow is the same violation: report it once, at the sink.
      reported.add(`${flow.file}|${flow.line}|${flow.field ?? `category:${flow.category}`}`);
      if (flow.field) reported.add(`${flow.source.file}|${flow.source.line}|${flow.field}`);
      report({
        ...flowFinding(flow),
        messageId: flow.purposes.length === 1 ? 'sentForPurpose' : 'sentForPurposes',
        data: {
          value: valueName(flow),
          category: flow.category,
          recipient: recipientName(flow.sink.recipient, manifest.manifest),
          file: flow.file,
          purposes: quotedList(flow.purposes),
          purpose: flow.purposes[0],
          data: flow.category,
        },
      });
    }

    // Reads in code whose purposes do not declare the field. A sink call that already reported
    // the field says more (it names the recipient), so the read that fed it is not repeated.
    for (const use of uses) {
      // A whole record read as such (spread, serialized, handed to a library) is whole-record-sharing's
      // business where it leaves; each of its fields is not a separate read here.
      if (use.kind !== 'read' || use.wholeRecord) continue;
      const field = fieldsById.get(use.field);
      if (!field) continue;
      const purposes = [...new Set([...purposesOfFile(use.file), ...(use.purposeTags ?? [])])].sort();
      if (purposes.length === 0) continue;
      if (anyPurposeCovers(manifest.manifest, purposes, { id: field.id, model: field.model, category: field.category })) continue;
      const site = `${use.file}|${use.line}|${field.id}`;
      if (reported.has(site)) continue;
      reported.add(site);
      report({
        file: use.file,
        line: use.line,
        column: use.column,
        messageId: purposes.length === 1 ? 'readForPurpose' : 'readForPurposes',
        data: {
          value: field.id,
          category: field.category,
          file: use.file,
          purposes: quotedList(purposes),
          purpose: purposes[0],
          data: field.category,
        },
        field: field.id,
        category: field.category,
        purposes,
      });
    }
  },
});

function anyPurposeCovers(manifest: Manifest, purposeNames: readonly string[], subject: CoverageSubject): boolean {
  return purposeNames.some((name) => {
    const purpose = findPurpose(manifest, name);
    return purpose !== undefined && purposeCoversField(purpose, subject);
  });
}
