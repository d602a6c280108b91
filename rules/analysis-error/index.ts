import { defineRule } from '../../src/engine/rule.js';

/**
 * What datamin could not read is reported, never silently skipped: a CI gate must not pass on
 * code it could not see. The rest of the project is still analysed.
 */
export default defineRule({
  id: 'analysis-error',
  meta: {
    defaultSeverity: 'error',
    description: 'A file or schema could not be read or parsed, so datamin could not check it.',
    requiresManifest: false,
    messages: {
      unreadable: '{{message}}.',
    },
  },
  check({ diagnostics, report }) {
    for (const diagnostic of diagnostics) {
      report({
        file: diagnostic.file,
        line: diagnostic.line ?? 1,
        column: diagnostic.column ?? 1,
        messageId: 'unreadable',
        data: { message: diagnostic.message.replace(/\.$/, '') },
        key: diagnostic.message,
      });
    }
  },
});
